package io.github.camellalal.client.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskStart;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.Track;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.Fault;
import io.github.camellalal.emulator.LalalEmulator;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every v1 operation of the client against the emulator's v1, over real HTTP. */
class V1LalalClientTest {

    private static final String KEY = "v1-client-key-7c3a";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY))
            .taskDuration(Duration.ofMillis(300))
            .taskQueueTime(Duration.ofMillis(800))
            .separateDownloadHost(true)
            .redirectMedia(true)
            .build();

    private final List<LalalClient> clients = new ArrayList<>();

    private LalalClient client(String api) {
        LalalClient c = LalalClient.create(LalalClientConfig.builder().baseUrl(EMULATOR.baseUrl()).apiKey(KEY)
                .apiVersion(api).maxRetries(2).maxRetryWait(Duration.ofSeconds(2)).build());
        clients.add(c);
        return c;
    }

    @AfterEach
    void close() {
        clients.forEach(LalalClient::close);
    }

    @Test
    void uploadSplitCheckDownloadLimitsWithTheKeyOnlyOnTheApiHost() {
        LalalClient client = client("v1");
        assertThat(client).isInstanceOf(V1LalalClient.class);
        String source = client.upload("song.wav", wav(800)).id();

        String task = client.split(SplitRequest.forFile(source).stem(Stem.DRUM).encoderFormat("flac").build());
        FileStatus done = awaitEnd(client, task);

        assertThat(done.taskState()).isEqualTo(TaskState.SUCCESS);
        assertThat(done.sourceId()).isEqualTo(source);
        assertThat(done.allTracks()).extracting(Track::type, Track::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stem", "drum"),
                        org.assertj.core.groups.Tuple.tuple("back", "no_drum"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(client.download(done.tracks().stemTrackUrl(), out).fileName()).endsWith(".flac");
        assertThat(out.size()).isGreaterThan(44);
        assertThat(client.limits().leftMinutes()).isNotNull().isLessThan(300.0);

        RecordedRequest split = EMULATOR.requestLog().of(Endpoint.V1_SPLIT).get(0);
        assertThat(split.jsonBody()).contains("\"stem\":\"drum\"", "\"encoder_format\":\"flac\"")
                .doesNotContain("splitter");
        assertThat(EMULATOR.requestLog().all()).filteredOn(r -> r.endpoint() != Endpoint.DOWNLOAD).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("X-License-Key")).isEqualTo(KEY));
        assertThat(EMULATOR.requestLog().of(Endpoint.DOWNLOAD)).as("redirect and download").hasSizeGreaterThan(1)
                .allSatisfy(r -> {
                    assertThat(r.header("X-License-Key")).isNull();
                    assertThat(r.header("Authorization")).isNull();
                });
    }

    @Test
    void multistemListsEveryTrackAndUsesOneRequestPerFile() {
        LalalClient client = client("v1");
        String a = client.upload("a.wav", wav(800)).id();
        String b = client.upload("b.wav", wav(800)).id();
        List<SplitRequest> requests = List.of(a, b).stream().map(id -> SplitRequest.forFile(id)
                .splitType(SplitType.MULTISTEM).stems(List.of(Stem.DRUM, Stem.PIANO)).build()).toList();

        List<String> tasks = client.split(requests);

        assertThat(EMULATOR.requestLog().of(Endpoint.V1_SPLIT)).hasSize(2)
                .allSatisfy(r -> assertThat(r.path()).isEqualTo("/api/v1/split/multistem/"));
        assertThat(awaitEnd(client, tasks.get(1)).allTracks()).extracting(Track::label)
                .containsExactly("drum", "piano", "no_multistem");
    }

    @Test
    void aSplitWhoseAnswerWasLostIsRetriedWithTheSameKeyAndStartsOneTask() {
        LalalClient client = client("v1");
        String source = client.upload("song.wav", wav(800)).id();
        EMULATOR.faults().next(Endpoint.V1_SPLIT, 1, Fault.resetAfterProcessing());

        String task = client.split(SplitRequest.forFile(source).build());

        List<RecordedRequest> splits = EMULATOR.requestLog().of(Endpoint.V1_SPLIT);
        assertThat(splits).hasSize(2);
        assertThat(splits.get(0).status()).isZero();
        assertThat(splits.get(1).idempotencyKeys()).isEqualTo(splits.get(0).idempotencyKeys()).doesNotContainNull();
        assertThat(EMULATOR.emulator().v1TasksOf(source)).containsExactly(task);
    }

    @Test
    void aRetryAfterTheLostSplitAlreadyStartedSaysSoAndStillStartsOneTask() {
        try (LalalEmulator quick = LalalEmulator.builder().license(EmulatorLicense.paid(KEY))
                .taskQueueTime(Duration.ofMillis(10)).build().start();
             LalalClient client = LalalClient.create(LalalClientConfig.builder().baseUrl(quick.baseUrl())
                     .apiKey(KEY).apiVersion("v1").maxRetries(1).build())) {
            String source = client.upload("song.wav", wav(800)).id();
            quick.faults().next(Endpoint.V1_SPLIT, 1, Fault.resetAfterProcessing());

            assertThatThrownBy(() -> client.split(SplitRequest.forFile(source).build()))
                    .isInstanceOfSatisfying(LalalApiException.class, e -> {
                        assertThat(e.code()).isEqualTo("idempotency_key_used");
                        assertThat(e.getMessage()).contains("an earlier attempt got no answer but started the task");
                    });
            assertThat(quick.v1TasksOf(source)).hasSize(1);
        }
    }

    @Test
    void manyFilesGoToTheBatchEndpointInRequestsOfAtMostHundredWithFreshKeys() {
        LalalClient client = client("v1");
        String source = client.upload("short.wav", wav(80)).id();
        List<SplitRequest> requests = IntStream.range(0, 250)
                .mapToObj(i -> SplitRequest.forFile(source).build()).toList();

        List<String> tasks = client.split(requests);

        List<RecordedRequest> batches = EMULATOR.requestLog().of(Endpoint.V1_BATCH_SPLIT);
        assertThat(batches).extracting(r -> r.idempotencyKeys().size()).containsExactly(100, 100, 50);
        assertThat(batches).allSatisfy(r -> assertThat(r.path()).isEqualTo("/api/v1/split/batch/stem_separator/"));
        assertThat(new HashSet<>(batches.stream().flatMap(r -> r.idempotencyKeys().stream()).toList())).hasSize(250);
        assertThat(new HashSet<>(tasks)).hasSize(250);
        assertThat(client.check(tasks)).hasSize(250);
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_CHECK)).extracting(r -> r.taskIds().size())
                .containsExactly(200, 50);
        client.cancelAll();
    }

    @Test
    void aBatchItemThatDidNotStartIsReportedWithItsSourceAndCode() {
        LalalClient client = client("v1");
        String good = client.upload("song.wav", wav(800)).id();
        String gone = client.upload("gone.wav", wav(800)).id();
        client.delete(gone);
        List<SplitRequest> requests = List.of(SplitRequest.forFile(good).splitType(SplitType.DEMUSER).build(),
                SplitRequest.forFile(gone).splitType(SplitType.DEMUSER).build());

        List<TaskStart> starts = client.startSplits(requests);

        assertThat(starts.get(0).started()).isTrue();
        assertThat(starts.get(1)).satisfies(s -> {
            assertThat(s.started()).isFalse();
            assertThat(s.sourceId()).isEqualTo(gone);
            assertThat(s.code()).isEqualTo("internal_error");
        });
        assertThatThrownBy(() -> client.split(requests)).isInstanceOf(LalalApiException.class)
                .hasMessageContaining(gone).hasMessageContaining("internal_error")
                .satisfies(e -> assertThat(((LalalApiException) e).code()).isEqualTo("internal_error"));
        assertThatThrownBy(() -> client.delete(gone)).isInstanceOf(LalalApiException.class)
                .satisfies(e -> assertThat(((LalalApiException) e).code()).isEqualTo("source_not_found"))
                .satisfies(e -> assertThat(((LalalApiException) e).httpStatus()).isEqualTo(400));
    }

    @Test
    void cancelAndCancelAll() {
        LalalClient client = client("v1");
        String source = client.upload("song.wav", wav(800)).id();
        List<String> tasks = client.split(List.of(SplitRequest.forFile(source).build(),
                SplitRequest.forFile(source).splitType(SplitType.VOICE_CLEAN).noiseCancellingLevel(2).build(),
                SplitRequest.forFile(source).build()));

        client.cancel(List.of(tasks.get(0)));
        List<String> cancelled = client.cancelAll();

        // other tests of this class may have left queued tasks of the same license
        assertThat(cancelled).contains(tasks.get(1), tasks.get(2)).doesNotContain(tasks.get(0));
        assertThat(client.check(tasks).values()).extracting(FileStatus::taskState)
                .containsOnly(TaskState.CANCELLED);
        assertThatThrownBy(() -> client.cancel(List.of(tasks.get(0)))).isInstanceOf(LalalApiException.class)
                .hasMessageContaining(tasks.get(0)).hasMessageContaining("Task is not in progress state");
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_SPLIT)).singleElement()
                .satisfies(r -> assertThat(r.jsonBody()).contains("\"noise_cancelling_level\":2"));
    }

    @Test
    void errorsMapTo429And422WithTheServicesCode() {
        LalalClient client = client("v1");
        EMULATOR.faults().next(Endpoint.V1_CHECK, 1, Fault.rateLimited(7));
        assertThatThrownBy(() -> client.check(List.of("5f0c9b1e-aaaa-4bbb-8ccc-000000000001")))
                .isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("too_many_requests");
                    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
                });
        String source = client.upload("song.wav", wav(800)).id();
        assertThatThrownBy(() -> client.split(SplitRequest.forFile(source).extraParam("multivocal", "both").build()))
                .isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("body.split_input.presets");
                });
        assertThatThrownBy(() -> LalalClient.create(LalalClientConfig.builder().baseUrl(EMULATOR.baseUrl())
                .apiKey("wrong-key").apiVersion("v1").build()).limits())
                .isInstanceOfSatisfying(LalalApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(401))
                .hasMessageNotContaining("wrong-key");
    }

    @Test
    void v0RefusesWhatOnlyV1HasBeforeAnyRequest() {
        LalalClient v0 = client("v0");
        assertThatThrownBy(v0::cancelAll).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("cancelAll").hasMessageContaining("v1");
        assertThatThrownBy(() -> v0.delete("x")).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("delete").hasMessageContaining("v1");
        assertThatThrownBy(() -> v0.split(SplitRequest.forFile("5f0c9b1e-aaaa-4bbb-8ccc-000000000001")
                .encoderFormat("wav").build())).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("encoderFormat").hasMessageContaining("v1");
        LalalClient v1 = client("v1");
        assertThatThrownBy(() -> v1.split(SplitRequest.forFile("5f0c9b1e-aaaa-4bbb-8ccc-000000000001")
                .stem(Stem.VOICE).noiseCancellingLevel(1).build())).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("voice_clean");
        assertThatThrownBy(() -> v1.split(SplitRequest.forFile("5f0c9b1e-aaaa-4bbb-8ccc-000000000001")
                .enhancedProcessing(false).build())).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("enhancedProcessing");
        assertThat(EMULATOR.requestLog().all()).isEmpty();
        assertThat(Map.of("v0", v0.api(), "v1", client("v1").api())).containsEntry("v0", "v0").containsEntry("v1",
                "v1");
    }

    private static FileStatus awaitEnd(LalalClient client, String task) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.check(task), s -> s.taskState() != null && s.taskState().isTerminal());
    }

    static byte[] wav(int frames) {
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 4).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(8000).putInt(32000)
                .putShort((short) 4).putShort((short) 16);
        b.put("data".getBytes()).putInt(frames * 4);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) (9000 * Math.sin(i * 0.07))).putShort((short) (7000 * Math.cos(i * 0.013)));
        }
        return b.array();
    }
}
