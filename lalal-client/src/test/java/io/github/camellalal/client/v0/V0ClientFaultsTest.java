package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.Fault;
import io.github.camellalal.emulator.LalalEmulator;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Proxies, outages and overload: what each failure becomes, and which calls are repeated. */
class V0ClientFaultsTest extends ClientTestSupport {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(200)).build();

    private static final byte[] WAV = wav(800);

    @Test
    void anHtmlErrorPageBecomesAnApiExceptionWithStatusAndExcerpt() {
        LalalClient c = client(EMULATOR.baseUrl(), KEY, 0, Duration.ofSeconds(5));
        EMULATOR.faults().next(Endpoint.UPLOAD, 1, Fault.serverError(502));

        assertThatThrownBy(() -> c.upload("a.wav", WAV)).isInstanceOfSatisfying(LalalApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(502);
            assertThat(e.bodyExcerpt()).startsWith("<html>");
            assertThat(e.serviceError()).isNull();
            assertThat(e.getMessage()).startsWith("LALAL.AI upload failed: HTTP 502 (not JSON): <html>");
        });
    }

    @Test
    void malformedJsonIsReportedNotParsedAsSuccess() {
        LalalClient c = client(EMULATOR.baseUrl(), KEY, 0, Duration.ofSeconds(5));
        String id = c.upload("a.wav", WAV).id();
        EMULATOR.faults().next(Endpoint.CHECK, 1, Fault.malformedJson());

        assertThatThrownBy(() -> c.check(id)).isInstanceOfSatisfying(LalalApiException.class, e -> {
            assertThat(e.getMessage()).contains("malformed answer");
            assertThat(e.fileIds()).containsExactly(id);
        });
    }

    @Test
    void aResetConnectionIsATransportFailureAndAnUploadIsNotRepeated() {
        LalalClient c = client(EMULATOR.baseUrl());
        EMULATOR.faults().next(Endpoint.UPLOAD, 1, Fault.connectionReset());

        assertThatThrownBy(() -> c.upload("a.wav", WAV)).isInstanceOf(LalalTransportException.class)
                .hasMessageStartingWith("LALAL.AI upload failed: no answer");
        assertThat(EMULATOR.requestLog().count(Endpoint.UPLOAD)).isEqualTo(1);
    }

    @Test
    void checkIsRetriedAfterTwoServiceUnavailableAnswers() {
        LalalClient c = client(EMULATOR.baseUrl(), KEY, 2, Duration.ofSeconds(5));
        String id = c.upload("a.wav", WAV).id();
        EMULATOR.faults().next(Endpoint.CHECK, 2, Fault.serverError(503));

        FileStatus status = c.check(id);

        assertThat(status.known()).isTrue();
        assertThat(EMULATOR.requestLog().count(Endpoint.CHECK)).isEqualTo(3);
    }

    @Test
    void splitIsNeverRepeated() {
        LalalClient c = client(EMULATOR.baseUrl(), KEY, 2, Duration.ofSeconds(5));
        String id = c.upload("a.wav", WAV).id();
        EMULATOR.faults().next(Endpoint.SPLIT, 1, Fault.serverError(503));

        assertThatThrownBy(() -> c.split(SplitRequest.forFile(id).build())).isInstanceOf(LalalApiException.class);
        assertThat(EMULATOR.requestLog().count(Endpoint.SPLIT)).isEqualTo(1);
    }

    @Test
    void aRetryAfterLongerThanAllowedFailsAtOnceCarryingTheWait() {
        LalalClient c = client(EMULATOR.baseUrl(), KEY, 3, Duration.ofSeconds(5));
        EMULATOR.faults().next(Endpoint.LIMITS, 1, Fault.rateLimited(120));

        assertThatThrownBy(c::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(429);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        });
        assertThat(EMULATOR.requestLog().count(Endpoint.LIMITS)).isEqualTo(1);
    }

    @Test
    void aShortRetryAfterIsWaitedFor() {
        LalalClient c = client(EMULATOR.baseUrl(), KEY, 1, Duration.ofSeconds(5));
        EMULATOR.faults().next(Endpoint.LIMITS, 1, Fault.rateLimited(1));
        long started = System.nanoTime();

        assertThat(c.limits().plan()).isEqualTo("Plus");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(EMULATOR.requestLog().count(Endpoint.LIMITS)).isEqualTo(2);
    }

    @Test
    void aStalledAnswerBeyondTheResponseTimeoutIsATransportFailure() {
        LalalClient c = client(EMULATOR.baseUrl(), KEY, 0, Duration.ofMillis(300));
        EMULATOR.faults().next(Endpoint.LIMITS, 1, Fault.stall(Duration.ofSeconds(3)));

        assertThatThrownBy(c::limits).isInstanceOf(LalalTransportException.class)
                .hasMessageContaining("SocketTimeoutException");
    }

    @Test
    void tracksOnAnotherHostGetNoLicense() throws Exception {
        try (LalalEmulator cdn = LalalEmulator.builder().license(EmulatorLicense.paid(KEY))
                .taskDuration(Duration.ofMillis(100)).separateDownloadHost(true).build().start()) {
            LalalClient c = client(cdn.baseUrl());
            String id = c.upload("cdn.wav", WAV).id();
            c.split(SplitRequest.forFile(id).build());
            FileStatus done = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> c.check(id), s -> s.split() != null);
            assertThat(done.split().stemTrackUrl()).startsWith(cdn.downloadBaseUrl()).doesNotStartWith(cdn.baseUrl());

            byte[] stem = bytes(out -> c.download(done.split().stemTrackUrl(), out));

            assertThat(stem).hasSize(WAV.length);
            assertThat(cdn.requestLog().of(Endpoint.DOWNLOAD)).singleElement()
                    .satisfies(r -> assertThat(r.header("authorization")).isNull());
            assertThat(cdn.requestLog().of(Endpoint.CHECK)).allSatisfy(r ->
                    assertThat(r.header("authorization")).isEqualTo("license " + KEY));
        }
    }

    @Test
    void aSignedDownloadUrlKeepsItsQueryOutOfMessages() {
        LalalClient c = client(EMULATOR.baseUrl());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.download(EMULATOR.baseUrl()
                + "/media/none/x.wav?signature=s3cr3t-sig", new java.io.ByteArrayOutputStream()))
                .isInstanceOf(LalalApiException.class).hasMessageContaining("/media/none/x.wav?…")
                .hasMessageContaining("HTTP 404").hasMessageNotContaining("s3cr3t-sig");
    }

    @Test
    void expiredFilesAreNoLongerKnown() {
        try (LalalEmulator emulator = LalalEmulator.builder().license(EmulatorLicense.paid(KEY)).build().start()) {
            LalalClient c = client(emulator.baseUrl());
            String id = c.upload("old.wav", WAV).id();
            emulator.advanceClock(Duration.ofHours(25));

            FileStatus status = c.check(List.of(id)).get(id);

            assertThat(status.known()).isFalse();
            assertThat(status.error()).isEqualTo("File not found");
        }
    }
}
