package io.github.camellalal.component.message;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.UploadResult;
import org.apache.camel.Message;

/** Writes what the service said about a file into message headers. */
public final class StatusHeaders {

    private StatusHeaders() {
    }

    public static void set(Message m, UploadResult upload) {
        m.setHeader(HeaderNames.FILE_ID, upload.id());
        m.setHeader(HeaderNames.FILE_NAME, upload.name());
        m.setHeader(HeaderNames.SIZE, upload.size());
        m.setHeader(HeaderNames.DURATION, upload.duration());
        m.setHeader(HeaderNames.EXPIRES, upload.expires());
    }

    public static void set(Message m, FileStatus status) {
        // API v1 does not name the source of a task it no longer knows: no file id then, rather than the task's
        if (status.sourceId() != null) {
            m.setHeader(HeaderNames.FILE_ID, status.sourceId());
        }
        m.setHeader(HeaderNames.TASK_ID, status.id());
        setIfPresent(m, HeaderNames.FILE_NAME, status.name());
        setIfPresent(m, HeaderNames.DURATION, status.duration());
        setIfPresent(m, HeaderNames.STEM, status.stem());
        setIfPresent(m, HeaderNames.SPLITTER, status.splitter());
        if (status.task() != null) {
            m.setHeader(HeaderNames.TASK_STATE,
                    status.task().state() != null ? status.task().state().id() : status.task().rawState());
            m.setHeader(HeaderNames.PROGRESS, status.task().progress());
        } else {
            m.removeHeader(HeaderNames.TASK_STATE);
            m.removeHeader(HeaderNames.PROGRESS);
        }
        StemTracks tracks = status.tracks();
        if (tracks != null) {
            m.setHeader(HeaderNames.STEM_TRACK_URL, tracks.stemTrackUrl());
            m.setHeader(HeaderNames.BACK_TRACK_URL, tracks.backTrackUrl());
            m.setHeader(HeaderNames.RESULT_KIND, FullResult.kind(status));
            m.setHeader(HeaderNames.TRACKS, status.allTracks());
        } else {
            m.removeHeader(HeaderNames.TRACKS);
            m.removeHeader(HeaderNames.STEM_TRACK_URL);
            m.removeHeader(HeaderNames.BACK_TRACK_URL);
            m.removeHeader(HeaderNames.RESULT_KIND);
        }
    }

    private static void setIfPresent(Message m, String name, Object value) {
        if (value != null) {
            m.setHeader(name, value);
        }
    }
}
