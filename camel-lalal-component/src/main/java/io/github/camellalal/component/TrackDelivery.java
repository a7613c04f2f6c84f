package io.github.camellalal.component;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.Track;
import io.github.camellalal.client.TrackDownload;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Puts result tracks into the exchange: one track as a stream body (never whole in memory), or both as a list of
 * two messages whose bodies are temporary files, deleted when the exchange completes.
 */
final class TrackDelivery {

    private TrackDelivery() {
    }

    /** Finds the tracks' URLs: headers first, then a file status body, then a check of the file id. */
    static StemTracks locate(LalalClient client, Message in) {
        String stemUrl = in.getHeader(LalalConstants.STEM_TRACK_URL, String.class);
        String backUrl = in.getHeader(LalalConstants.BACK_TRACK_URL, String.class);
        if (stemUrl != null || backUrl != null) {
            return new StemTracks(null, null, stemUrl, null, backUrl, null);
        }
        FileStatus status = statusOf(client, in);
        StemTracks tracks = status.tracks();
        in.setHeader(LalalConstants.RESULT_KIND, FullResult.kind(status));
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
     */
    static List<Track> locateAll(LalalClient client, Message in) {
        List<?> header = in.getHeader(LalalConstants.TRACKS, List.class);
        if (header != null && !header.isEmpty() && header.stream().allMatch(Track.class::isInstance)) {
            return header.stream().map(Track.class::cast).toList();
        }
        FileStatus status = statusOf(client, in);
        in.setHeader(LalalConstants.RESULT_KIND, FullResult.kind(status));
        if (status.allTracks().isEmpty()) {
            throw new IllegalStateException("LALAL.AI task " + status.id() + " has no results to download yet");
        }
        return status.allTracks();
    }

    private static FileStatus statusOf(LalalClient client, Message in) {
        if (in.getBody() instanceof FileStatus f) {
            return f;
        }
        List<String> ids = FileIds.resolveTasks(in);
        if (ids.size() != 1) {
            throw new IllegalArgumentException("download takes one task id, got " + ids.size() + ": " + ids);
        }
        FileStatus status = client.check(ids.get(0));
        if (!status.known()) {
            throw new LalalTaskException(status.id(), "expired", status.error(),
                    "Cannot download results of LALAL.AI task " + status.id() + ": " + status.error());
        }
        return status;
    }

    /** Sets every track as the body: a list of messages (temporary files), each with its type and label. */
    static void deliverAll(LalalClient client, Exchange exchange, List<Track> tracks) {
        List<Message> messages = new java.util.ArrayList<>();
        for (Track t : tracks) {
            Message m = spool(client, exchange, requireUrl(t.url(), t.label()), null);
            m.setHeader(LalalConstants.TRACK, t.type());
            m.setHeader(LalalConstants.TRACK_LABEL, t.label());
            messages.add(m);
        }
        exchange.getMessage().setBody(messages);
    }

    /** Sets the chosen track(s) as the message body. */
    static void deliver(LalalClient client, Exchange exchange, StemTracks tracks, LalalTrack track) {
        Message m = exchange.getMessage();
        switch (track) {
            case stem -> stream(client, exchange, m, requireUrl(tracks.stemTrackUrl(), "stem"), LalalTrack.stem);
            case back -> stream(client, exchange, m, requireUrl(tracks.backTrackUrl(), "back"), LalalTrack.back);
            case both -> m.setBody(List.of(
                    spool(client, exchange, requireUrl(tracks.stemTrackUrl(), "stem"), LalalTrack.stem),
                    spool(client, exchange, requireUrl(tracks.backTrackUrl(), "back"), LalalTrack.back)));
            case all -> deliverAll(client, exchange, java.util.List.of(
                    new Track("stem", tracks.stem(), tracks.stemTrackUrl(), tracks.stemTrackSize()),
                    new Track("back", tracks.stem() == null ? null : "no_" + tracks.stem(), tracks.backTrackUrl(),
                            tracks.backTrackSize())));
            default -> throw new IllegalArgumentException("Unknown track " + track);
        }
    }

    private static String requireUrl(String url, String which) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The service gave no URL for the " + which + " track");
        }
        return url;
    }

    private static void stream(LalalClient client, Exchange exchange, Message m, String url, LalalTrack which) {
        TrackDownload download = client.openDownload(url);
        InputStream body = new FilterInputStream(download.body()) {
            @Override
            public void close() throws IOException {
                download.close();
            }
        };
        // Release the connection when the exchange is done, even if nobody read the stream to its end.
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange ex) {
                try {
                    download.close();
                } catch (IOException e) {
                    // the connection is discarded either way
                }
            }
        });
        m.setBody(body);
        m.setHeader(Exchange.FILE_NAME, download.fileName());
        m.setHeader(LalalConstants.TRACK, which.name());
        if (download.contentLength() >= 0) {
            m.setHeader(LalalConstants.SIZE, download.contentLength());
            m.setHeader(Exchange.CONTENT_LENGTH, download.contentLength());
        }
        if (download.contentType() != null) {
            m.setHeader(Exchange.CONTENT_TYPE, download.contentType());
        }
    }

    private static Message spool(LalalClient client, Exchange exchange, String url, LalalTrack which) {
        Path dir = tempDirectory(exchange);
        var result = client.download(url, dir);
        File file = dir.resolve(result.fileName()).toFile();
        Message m = new DefaultMessage(exchange);
        m.getHeaders().putAll(exchange.getMessage().getHeaders()); // a copy: each message names its own file
        m.setBody(file);
        m.setHeader(Exchange.FILE_NAME, result.fileName());
        if (which != null) {
            m.setHeader(LalalConstants.TRACK, which.name());
        }
        m.setHeader(LalalConstants.SIZE, result.bytes());
        m.setHeader(Exchange.FILE_LENGTH, result.bytes());
        if (result.contentType() != null) {
            m.setHeader(Exchange.CONTENT_TYPE, result.contentType());
        }
        return m;
    }

    private static Path tempDirectory(Exchange exchange) {
        Path dir = exchange.getProperty("CamelLalalSpoolDirectory", Path.class);
        if (dir != null) {
            return dir;
        }
        try {
            Path created = Files.createTempDirectory("camel-lalal-");
            exchange.setProperty("CamelLalalSpoolDirectory", created);
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange ex) {
                    deleteTree(created);
                }
            });
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the tracks", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the directory is in the system's temporary area
        }
    }
}
