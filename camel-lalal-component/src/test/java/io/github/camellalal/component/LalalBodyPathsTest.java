package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.converter.stream.CachedOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every body kind a route hands to {@code lalal:process}, and every track a route gets back, arrive as they were
 * sent: a {@code File} (what the file, FTP and S3 consumers give), {@code byte[]}, an {@code InputStream} of unknown
 * length (sent chunked) and a {@link StreamCache} spooled by Camel to a file; one track, {@code both} and
 * {@code all}, above the spool threshold (written to a spool file as they arrive) and below it. The stem's samples
 * are the centre of the uploaded ones, so a byte changed on the way up or down fails the test. Runs over plain
 * http here and over https in {@link LalalBodyPathsHttpsTest}.
 */
class LalalBodyPathsTest extends LalalTestSupport {

    /** 2.4 MB: above the 1 MiB spool threshold, so tracks take the spool-file path. */
    private static final int LARGE_FRAMES = 600_000;
    private static final byte[] LARGE = TestWav.stereo(LARGE_FRAMES);
    private static final int SMALL_FRAMES = 20_000;
    private static final byte[] SMALL = TestWav.stereo(SMALL_FRAMES);

    @TempDir
    Path dir;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Camel's own spooling on, as in many applications: a StreamCache body may then be a file
        context.getStreamCachingStrategy().setSpoolEnabled(true);
        context.getStreamCachingStrategy().setSpoolThreshold(64 * 1024);
        context.getStreamCachingStrategy().setSpoolDirectory(dir.resolve("camel-spool").toFile());
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:stem").to("lalal:process?pollInterval=100");
        routes.from("direct:both").to("lalal:process?pollInterval=100&track=both");
        routes.from("direct:all").to("lalal:process?pollInterval=100&track=all");
    }

    @Test
    void aFileBodyAboveTheSpoolThreshold() throws Exception {
        Path song = Files.write(dir.resolve("song.wav"), LARGE);

        Exchange done = send("direct:both", song.toFile());

        List<Message> tracks = tracks(done);
        assertStem(tracks.get(0), LARGE_FRAMES);
        assertThat(tracks.get(1).getBody(byte[].class)).hasSameSizeAs(LARGE);
        assertThat(uploadedBytes()).isEqualTo(LARGE.length);
    }

    @Test
    void aByteArrayBody() throws Exception {
        Exchange done = send("direct:stem", LARGE);

        assertStem(done.getMessage(), LARGE_FRAMES);
    }

    @Test
    void aStreamOfUnknownLengthIsSentChunked() throws Exception {
        Exchange done = send("direct:all", new ByteArrayInputStream(LARGE) {
            @Override
            public int available() {
                return 0; // nothing tells the length
            }
        });

        List<Message> tracks = tracks(done);
        assertThat(tracks).hasSize(2);
        assertStem(tracks.get(0), LARGE_FRAMES);
        assertThat(uploadedBytes()).isEqualTo(LARGE.length);
    }

    @Test
    void aStreamCacheSpooledByCamelToAFile() throws Exception {
        Exchange done = template.request("direct:stem", x -> {
            try (CachedOutputStream cos = new CachedOutputStream(x)) {
                cos.write(LARGE);
                StreamCache cache = cos.newStreamCache();
                assertThat(cache.inMemory()).as("Camel spooled it").isFalse();
                x.getMessage().setBody(cache);
            }
            x.getMessage().setHeader(Exchange.FILE_NAME, "cached.wav");
        });

        assertStem(done.getMessage(), LARGE_FRAMES);
        assertThat(uploadedBytes()).isEqualTo(LARGE.length);
    }

    @Test
    void tracksBelowTheSpoolThresholdStayInMemory() throws Exception {
        Exchange done = send("direct:both", SMALL);

        List<Message> tracks = tracks(done);
        assertThat(tracks).allSatisfy(m -> assertThat(m.getBody(StreamCache.class).inMemory()).isTrue());
        assertStem(tracks.get(0), SMALL_FRAMES);
    }

    private Exchange send(String endpoint, Object body) {
        Exchange done = request(endpoint, body, body instanceof File f ? f.getName() : "song.wav");
        assertThat(done.getException()).as("the exchange's exception").isNull();
        return done;
    }

    @SuppressWarnings("unchecked")
    private static List<Message> tracks(Exchange done) {
        return done.getMessage().getBody(List.class);
    }

    private long uploadedBytes() {
        List<RecordedRequest> uploads = emulator().requestLog().of(Endpoint.UPLOAD);
        assertThat(uploads).hasSize(1);
        return uploads.get(0).bodyBytes();
    }

    /** The stem is the centre of the uploaded stereo samples, (L+R)/2 on both channels, every frame. */
    private static void assertStem(Message stem, int frames) {
        assertThat(stem.getHeader(LalalConstants.TRACK)).isEqualTo("stem");
        byte[] bytes = stem.getBody(byte[].class);
        assertThat(bytes).hasSize(TestWav.HEADER + frames * 4);
        short[] samples = TestWav.samples(bytes);
        for (int i = 0; i < frames; i++) {
            short mid = (short) ((TestWav.left(i) + TestWav.right(i)) / 2);
            if (samples[2 * i] != mid || samples[2 * i + 1] != mid) {
                throw new AssertionError("frame " + i + " of the stem is " + samples[2 * i] + "/"
                        + samples[2 * i + 1] + ", expected " + mid);
            }
        }
    }
}
