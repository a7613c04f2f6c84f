package io.github.camellalal.component.message;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.Track;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.component.spool.TrackSpool;
import io.github.camellalal.component.tasks.TaskFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.support.DefaultMessage;

/**
 * Puts result tracks into the exchange: one track as the body, or both as a list of two messages (stem first).
 * Every track body is a Camel {@link StreamCache}, downloaded before the producer returns: in memory when short,
 * else spooled to a file (see {@link TrackSpool}).
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class TrackDelivery {
    /** Header CamelLalalTrack of a stem track (the name of option track's value stem). */
    private static final String STEM = "stem";
    /** Header CamelLalalTrack of a back track. */
    private static final String BACK = "back";

    private TrackDelivery() {
    }

    /**
     * Finds the tracks' URLs: headers first, then a file status body, then a check of the file id.
     *
     * @param failure makes the exception when the service no longer knows the file (state {@code expired})
     */
    public static StemTracks locate(LalalClient client, Message in, TaskFailure failure) {
        String stemUrl = in.getHeader(HeaderNames.STEM_TRACK_URL, String.class);
        String backUrl = in.getHeader(HeaderNames.BACK_TRACK_URL, String.class);
        if (stemUrl != null || backUrl != null) {
            return new StemTracks(null, null, stemUrl, null, backUrl, null);
        }
        FileStatus status = statusOf(client, in, failure);
        StemTracks tracks = status.tracks();
        in.setHeader(HeaderNames.RESULT_KIND, FullResult.kind(status));
        if (tracks == null) {
            throw new IllegalStateException("LALAL.AI file " + status.id() + " has no results to download yet (task "
                    + (status.task() == null ? "not started" : status.task().rawState()
                    + (status.task().progress() == null ? "" : " " + status.task().progress() + "%")) + ")");
        }
        return tracks;
    }

    /**
     * Every track of the task: header {@code CamelLalalTracks} first, then a file status body, then a check of the
     * task id.
     *
     * @param failure makes the exception when the service no longer knows the task (state {@code expired})
     */
    public static List<Track> locateAll(LalalClient client, Message in, TaskFailure failure) {
        List<?> header = in.getHeader(HeaderNames.TRACKS, List.class);
        if (header != null && !header.isEmpty() && header.stream().allMatch(Track.class::isInstance)) {
            return header.stream().map(Track.class::cast).toList();
        }
        FileStatus status = statusOf(client, in, failure);
        in.setHeader(HeaderNames.RESULT_KIND, FullResult.kind(status));
        if (status.allTracks().isEmpty()) {
            throw new IllegalStateException("LALAL.AI task " + status.id() + " has no results to download yet");
        }
        return status.allTracks();
    }

    private static FileStatus statusOf(LalalClient client, Message in, TaskFailure failure) {
        if (in.getBody() instanceof FileStatus f) {
            return f;
        }
        List<String> ids = FileIds.resolveTasks(in);
        if (ids.size() != 1) {
            throw new IllegalArgumentException("download takes one task id, got " + ids.size() + ": " + ids);
        }
        FileStatus status = client.check(ids.get(0));
        if (!status.known()) {
            throw failure.of(status.id(), "expired", status.error(),
                    "Cannot download results of LALAL.AI task " + status.id() + ": " + status.error());
        }
        return status;
    }

    /** Sets every track as the body: a list of messages, each a stream cache with its type and label. */
    public static void deliverAll(LalalClient client, TrackSpool spool, Exchange exchange, List<Track> tracks) {
        Message in = exchange.getMessage();
        List<Message> messages = new ArrayList<>();
        for (Track t : tracks) {
            Message m = new DefaultMessage(exchange);
            m.getHeaders().putAll(in.getHeaders()); // a copy: each message names its own file
            fill(m, fetch(client, spool, exchange, requireUrl(t.url(), t.label()), t.size()), t.type(), t.label());
            messages.add(m);
        }
        in.setBody(messages);
    }

    /** Sets one track as the message body with its type and label, e.g. the voice changer's converted_mix. */
    public static void deliverTrack(LalalClient client, TrackSpool spool, Exchange exchange, Track track) {
        fill(exchange.getMessage(), fetch(client, spool, exchange, requireUrl(track.url(), track.label()),
                track.size()), track.type(), track.label());
    }

    /**
     * The one track of a result that has exactly one (the voice changer's converted_mix), else {@code null}.
     */
    public static Track soleTrack(List<Track> tracks) {
        return tracks != null && tracks.size() == 1 ? tracks.get(0) : null;
    }

    /** Sets the stem track as the message body, a stream cache (see {@link TrackSpool}). */
    public static void deliverStem(LalalClient client, TrackSpool spool, Exchange exchange, StemTracks tracks) {
        fill(exchange.getMessage(), fetch(client, spool, exchange, requireUrl(tracks.stemTrackUrl(), "stem"),
                tracks.stemTrackSize()),
                STEM, tracks.stem());
    }

    /** Sets the back track as the message body. */
    public static void deliverBack(LalalClient client, TrackSpool spool, Exchange exchange, StemTracks tracks) {
        fill(exchange.getMessage(), fetch(client, spool, exchange, requireUrl(tracks.backTrackUrl(), "back"),
                tracks.backTrackSize()),
                BACK, backLabel(tracks));
    }

    /** Sets both tracks as the body: a list of two messages, the stem first. */
    public static void deliverBoth(LalalClient client, TrackSpool spool, Exchange exchange, StemTracks tracks) {
        Message m = exchange.getMessage();
        Message stem = new DefaultMessage(exchange);
        Message back = new DefaultMessage(exchange);
        // copies: each message names its own file
        stem.getHeaders().putAll(m.getHeaders());
        back.getHeaders().putAll(m.getHeaders());
        fill(stem, fetch(client, spool, exchange, requireUrl(tracks.stemTrackUrl(), "stem"),
            tracks.stemTrackSize()),
                STEM, tracks.stem());
        fill(back, fetch(client, spool, exchange, requireUrl(tracks.backTrackUrl(), "back"),
            tracks.backTrackSize()),
                BACK, backLabel(tracks));
        m.setBody(List.of(stem, back));
    }

    /** Sets both tracks as the body as {@link #deliverAll(LalalClient, TrackSpool, Exchange, List)} does. */
    public static void deliverAll(LalalClient client, TrackSpool spool, Exchange exchange, StemTracks tracks) {
        deliverAll(client, spool, exchange, List.of(
                new Track("stem", tracks.stem(), tracks.stemTrackUrl(), tracks.stemTrackSize()),
                new Track("back", backLabel(tracks), tracks.backTrackUrl(), tracks.backTrackSize())));
    }

    private static String backLabel(StemTracks tracks) {
        return tracks.stem() == null ? null : "no_" + tracks.stem();
    }

    private static String requireUrl(String url, String which) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The service gave no URL for the " + which + " track");
        }
        return url;
    }

    /** A downloaded track: its body read to the end into a stream cache, and what the service said of it. */
    private record Fetched(StreamCache body, String fileName, String contentType) {
    }

    /**
     * Downloads a track into a stream cache. When the service's answer gave the track's size, the bytes that arrived
     * must be exactly that many: a body that is not what the service sent is never delivered as a track.
     */
    private static Fetched fetch(LalalClient client, TrackSpool spool, Exchange exchange, String url,
            Long expectedSize) {
        StreamCache body;
        Fetched fetched;
        try (TrackDownload download = client.openDownload(url)) {
            body = spool.cache(download, exchange);
            fetched = new Fetched(body, download.fileName(), download.contentType());
        } catch (IOException e) {
            throw new LalalTransportException(ApiOperation.DOWNLOAD, List.of(), "LALAL.AI download of "
                    + withoutQuery(url) + " failed while reading: " + e.getMessage(), e);
        }
        if (expectedSize != null && expectedSize > 0 && body.length() != expectedSize) {
            spool.release(body);
            throw new LalalTransportException(ApiOperation.DOWNLOAD, List.of(), "LALAL.AI download of "
                    + withoutQuery(url) + " failed: " + body.length() + " bytes arrived, the service's answer gave"
                    + " the track's size as " + expectedSize + " bytes", null);
        }
        return fetched;
    }

    /**
     * Sets a track as the body with its headers: its type (stem or back) and the service's label (vocals,
     * no_vocals, drum, ...; null when the service did not name the stem).
     */
    private static void fill(Message m, Fetched track, String type, String label) {
        m.setBody(track.body());
        m.setHeader(Exchange.FILE_NAME, track.fileName());
        m.setHeader(HeaderNames.TRACK, type);
        m.setHeader(HeaderNames.TRACK_LABEL, label);
        m.setHeader(HeaderNames.SIZE, track.body().length());
        m.setHeader(Exchange.CONTENT_LENGTH, track.body().length());
        if (track.contentType() != null) {
            m.setHeader(Exchange.CONTENT_TYPE, track.contentType());
        }
    }

    /** A URL for messages: its query may hold a CDN signature. */
    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }
}
