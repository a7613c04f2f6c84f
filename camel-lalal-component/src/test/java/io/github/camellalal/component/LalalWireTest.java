package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.UploadResult;
import io.github.camellalal.emulator.TlsWireMonitor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.converter.stream.CachedOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of an upload leaves in clear on an https connection: the component talks to the https emulator through a
 * relay that reads every byte each way as TLS records and watches for a marker written into the audio and for the
 * license key. Every body kind (File, byte[], stream, a StreamCache Camel spooled to a file) is checked; the same
 * relay in front of a plain http emulator sees both, which shows the check can fail.
 */
class LalalWireTest extends LalalTestSupport {

    private static final String MARKER = "lalal-wire-marker-5c1e7d";
    private static final byte[] SONG = songWithMarker();

    @TempDir
    Path dir;
    private TlsWireMonitor wire;
    private boolean plain;

    @Override
    protected boolean overTls() {
        return !plain;
    }

    @Override
    protected void configure(LalalComponent lalal) {
        super.configure(lalal);
        closeRelay();
        wire = TlsWireMonitor.relayTo(emulator().port()).watchFor(MARKER).watchFor(KEY).start();
        lalal.getConfiguration().setBaseUrl((plain ? "http" : "https") + "://127.0.0.1:" + wire.port());
    }

    @AfterEach
    void closeRelay() {
        if (wire != null) {
            wire.close();
        }
    }

    @Test
    void aFileBody() throws Exception {
        upload(Files.write(dir.resolve("song.wav"), SONG).toFile());
    }

    @Test
    void aByteArrayBody() {
        upload(SONG);
    }

    @Test
    void aStreamBody() {
        upload(new ByteArrayInputStream(SONG));
    }

    @Test
    void aStreamCacheSpooledToAFile() throws Exception {
        context.getStreamCachingStrategy().setSpoolEnabled(true);
        context.getStreamCachingStrategy().setSpoolThreshold(1024);
        Exchange exchange = context.getEndpoint("direct:none").createExchange();
        try (CachedOutputStream cos = new CachedOutputStream(exchange)) {
            cos.write(SONG);
            upload(cos.newStreamCache());
        }
    }

    @Test
    void theSameRelayInFrontOfPlainHttpSeesTheMarkerAndTheKey() throws Exception {
        plain = true;
        LalalComponent overHttp = new LalalComponent();
        configure(overHttp);
        context.addComponent("plainlalal", overHttp);

        UploadResult result = template.requestBodyAndHeader("plainlalal:upload",
                Files.write(dir.resolve("song.wav"), SONG).toFile(), LalalConstants.FILE_NAME, "song.wav",
                UploadResult.class);
        assertThat(result.id()).isNotBlank();

        TlsWireMonitor.Report report = wire.report();
        assertThat(report.onlyTls()).isFalse();
        assertThat(report.markersSeen()).containsExactlyInAnyOrder(MARKER, KEY);
    }

    /** Uploads, then checks the wire before the outcome: a leak shows as such even when the upload then fails. */
    private void upload(Object body) {
        Exchange done = template.request("lalal:upload", x -> {
            x.getMessage().setBody(body);
            x.getMessage().setHeader(LalalConstants.FILE_NAME, "song.wav");
        });
        assertNothingInClear();
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(UploadResult.class).id()).isNotBlank();
    }

    private void assertNothingInClear() {
        TlsWireMonitor.Report report = wire.report();
        assertThat(report.clientToServer().bytes()).as("the upload crossed the relay").isGreaterThan(SONG.length);
        assertThat(report.onlyTls()).as("every byte a TLS record: %s", report).isTrue();
        assertThat(report.markersSeen()).as("seen in clear").isEmpty();
    }

    /** A WAV whose audio holds the marker's bytes (as samples), far from the header. */
    private static byte[] songWithMarker() {
        byte[] song = TestWav.stereo(200_000);
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        for (int at = 100_000; at < song.length - marker.length; at += 250_000) {
            System.arraycopy(marker, 0, song, at, marker.length);
        }
        return song;
    }
}
