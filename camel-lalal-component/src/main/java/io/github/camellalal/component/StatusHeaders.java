package io.github.camellalal.component;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.UploadResult;
import org.apache.camel.Message;

/** Writes what the service said about a file into message headers. */
final class StatusHeaders {

    private StatusHeaders() {
    }

    static void set(Message m, UploadResult upload) {
        m.setHeader(LalalConstants.FILE_ID, upload.id());
        m.setHeader(LalalConstants.FILE_NAME, upload.name());
        m.setHeader(LalalConstants.SIZE, upload.size());
        m.setHeader(LalalConstants.DURATION, upload.duration());
        m.setHeader(LalalConstants.EXPIRES, upload.expires());
    }

    static void set(Message m, FileStatus status) {
        // API v1 does not name the source of a task it no longer knows: no file id then, rather than the task's
        if (status.sourceId() != null) {
            m.setHeader(LalalConstants.FILE_ID, status.sourceId());
        }
        m.setHeader(LalalConstants.TASK_ID, status.id());
        setIfPresent(m, LalalConstants.FILE_NAME, status.name());
        setIfPresent(m, LalalConstants.DURATION, status.duration());
        setIfPresent(m, LalalConstants.STEM, status.stem());
        setIfPresent(m, LalalConstants.SPLITTER, status.splitter());
        if (status.task() != null) {
            m.setHeader(LalalConstants.TASK_STATE,
                    status.task().state() != null ? status.task().state().id() : status.task().rawState());
            m.setHeader(LalalConstants.PROGRESS, status.task().progress());
        } else {
            m.removeHeader(LalalConstants.TASK_STATE);
            m.removeHeader(LalalConstants.PROGRESS);
        }
        StemTracks tracks = status.tracks();
        if (tracks != null) {
            m.setHeader(LalalConstants.STEM_TRACK_URL, tracks.stemTrackUrl());
            m.setHeader(LalalConstants.BACK_TRACK_URL, tracks.backTrackUrl());
            m.setHeader(LalalConstants.RESULT_KIND, FullResult.kind(status));
            m.setHeader(LalalConstants.TRACKS, status.allTracks());
        } else {
            m.removeHeader(LalalConstants.TRACKS);
            m.removeHeader(LalalConstants.STEM_TRACK_URL);
            m.removeHeader(LalalConstants.BACK_TRACK_URL);
            m.removeHeader(LalalConstants.RESULT_KIND);
        }
    }

    private static void setIfPresent(Message m, String name, Object value) {
        if (value != null) {
            m.setHeader(name, value);
        }
    }
}
