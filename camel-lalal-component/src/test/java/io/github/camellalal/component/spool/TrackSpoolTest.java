package io.github.camellalal.component.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.TrackDownload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spool's files, downloads given by the test: none is left behind by a download that failed while it was
 * written, nor by an exchange that completed without the track as its body.
 */
class TrackSpoolTest extends CamelTestSupport {

    private static final int THRESHOLD = 64;
    private static final byte[] TRACK = track(5_000);

    @TempDir
    Path dir;
    private TrackSpool spool;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:kept").process(e -> e.getMessage().setBody(spool().cache(download(TRACK), e)));
                from("direct:replaced").process(e -> e.getMessage().setBody(spool().cache(download(TRACK), e)))
                        .setBody(constant("the track was written somewhere"));
                from("direct:replacedByAList").process(e -> e.getMessage().setBody(
                        spool().cache(download(TRACK), e))).setBody(constant(List.of("a", "b")));
            }
        };
    }

    private synchronized TrackSpool spool() {
        if (spool == null) {
            spool = new TrackSpool(context, THRESHOLD, dir.toString());
        }
        return spool;
    }

    @AfterEach
    void closeSpool() {
        if (spool != null) {
            spool.close();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void aDownloadThatBreaksWhileWrittenLeavesNoFile() throws Exception {
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(TRACK), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by the test");
            }
        });

        assertThatThrownBy(() -> spool().cache(download(breaking, -1), new DefaultExchange(context)))
                .isInstanceOf(IOException.class).hasMessage("connection reset by the test");

        assertThat(spool().liveFiles()).isZero();
        assertThat(files()).isEmpty();
    }

    @Test
    void aDownloadShorterThanItsContentLengthLeavesNoFile() throws Exception {
        assertThatThrownBy(() -> spool().cache(download(new ByteArrayInputStream(TRACK), TRACK.length + 10),
                new DefaultExchange(context))).isInstanceOf(IOException.class)
                .hasMessage(TRACK.length + " bytes arrived where the answer's Content-Length was "
                        + (TRACK.length + 10));

        assertThat(spool().liveFiles()).isZero();
        assertThat(files()).isEmpty();
    }

    @Test
    void aCallerWaitingForTheTrackReadsItAfterCompletionThenItIsFreed() throws Exception {
        Exchange done = template.request("direct:kept", e -> { });

        assertThat(done.getException()).isNull();
        assertThat(files()).as("the name goes when the exchange completes").isEmpty();
        assertThat(spool().liveFiles()).as("held for the caller").isOne();
        StreamCache body = done.getMessage().getBody(StreamCache.class);
        assertThat(body.inMemory()).isFalse();
        assertThat(((InputStream) body).readAllBytes()).isEqualTo(TRACK);
        ((InputStream) body).close();
        assertThat(spool().liveFiles()).isZero();
    }

    @Test
    void aRequestReplyExchangeWhoseBodyIsNoLongerTheTrackFreesItsFile() throws Exception {
        Exchange done = template.request("direct:replaced", e -> { });

        assertThat(done.getMessage().getBody(String.class)).isEqualTo("the track was written somewhere");
        assertThat(spool().liveFiles()).isZero();
        assertThat(files()).isEmpty();

        Exchange listed = template.request("direct:replacedByAList", e -> { });

        assertThat(listed.getMessage().getBody(List.class)).containsExactly("a", "b");
        assertThat(spool().liveFiles()).isZero();
    }

    @Test
    void aOneWayExchangeFreesItsFileWhenItCompletes() throws Exception {
        template.send("direct:kept", e -> { });

        assertThat(spool().liveFiles()).isZero();
        assertThat(files()).isEmpty();
    }

    private static byte[] track(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    private static TrackDownload download(byte[] bytes) {
        return download(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static TrackDownload download(InputStream body, long contentLength) {
        return new TrackDownload() {
            @Override
            public String fileName() {
                return "track.wav";
            }

            @Override
            public long contentLength() {
                return contentLength;
            }

            @Override
            public String contentType() {
                return "audio/wav";
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public void close() {
                // nothing to release: the body is in memory
            }
        };
    }
}
