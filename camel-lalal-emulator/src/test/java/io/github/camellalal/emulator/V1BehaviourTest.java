package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** v1 tasks: idempotency keys, a reset after the split arrived, ownership, multistem, delete, cancel, faults. */
class V1BehaviourTest {

    private static final String KEY = "v1-behaviour-key";
    private static final String OTHER = "v1-other-key";
    private static final String SS = "/api/v1/split/stem_separator/";

    @RegisterExtension
    final LalalEmulatorExtension emulator = LalalEmulatorExtension.builder().license(EmulatorLicense.paid(KEY))
            .license(EmulatorLicense.paid(OTHER)).license(EmulatorLicense.free("v1-free-key"))
            .taskDuration(Duration.ofSeconds(60)).taskQueueTime(Duration.ofSeconds(5)).checkRateLimit(0).build();

    private V1Http api;
    private final byte[] wav = RawApi.wav(16000, 8000);

    private V1Http api() {
        if (api == null) {
            api = new V1Http(emulator.baseUrl());
        }
        return api;
    }

    private JsonNode entry(String key, String task) throws Exception {
        return api().check(key, task).body().get("result").get(task);
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aReusedKeyReturnsTheSameTaskUntilItStartsThenIdempotencyKeyUsed() throws Exception {
        String source = api().uploadId(KEY, "a.wav", wav);
        String key = V1Http.uuid();
        String first = api().post(SS, KEY, V1Http.item(source, "vocals", key)).body().get("task_id").asText();

        assertThat(api().post(SS, KEY, V1Http.item(source, "vocals", key)).body().get("task_id").asText())
                .isEqualTo(first);
        V1Http.Answer changed = api().post(SS, KEY, V1Http.item(source, "drum", key));
        assertThat(changed.status()).as("same key, other parameters").isEqualTo(400);
        assertThat(api().post(SS, OTHER, V1Http.item(api().uploadId(OTHER, "b.wav", wav), "vocals", key)).status())
                .as("keys are per license").isEqualTo(200);

        emulator.emulator().advanceClock(Duration.ofSeconds(5));
        V1Http.Answer used = api().post(SS, KEY, V1Http.item(source, "vocals", key));
        assertThat(used.status()).isEqualTo(400);
        assertThat(used.body()).isEqualTo(V1Http.JSON.readTree(
                "{\"detail\":\"Idempotency key has already been used.\",\"code\":\"idempotency_key_used\"}"));
        V1Http.Answer batch = api().post("/api/v1/split/batch/stem_separator/", KEY,
                Map.of("items", List.of(V1Http.item(source, "vocals", key), V1Http.item(source, "vocals", null))));
        assertThat(batch.body().get("results").get(0)).isEqualTo(V1Http.JSON.createObjectNode().put("status", "error")
                .put("error", "Idempotency key has already been used.").put("code", "idempotency_key_used")
                .put("source_id", source));
        assertThat(batch.body().get("results").get(1).get("status").asText()).isEqualTo("success");
        assertThat(emulator.requestLog().of(Endpoint.V1_SPLIT)).extracting(RecordedRequest::idempotencyKeys)
                .containsOnly(List.of(key));
        assertThat(emulator.requestLog().of(Endpoint.V1_BATCH_SPLIT).get(0).idempotencyKeys())
                .containsExactly(key, null);
    }

    @Test
    void aSplitRetriedWithItsKeyAfterAResetMakesExactlyOneTask() throws Exception {
        String source = api().uploadId(KEY, "a.wav", wav);
        String key = V1Http.uuid();
        emulator.faults().next(Endpoint.V1_SPLIT, 1, Fault.resetAfterProcessing());

        assertThatThrownBy(() -> api().post(SS, KEY, V1Http.item(source, "vocals", key)))
                .isInstanceOf(IOException.class);
        V1Http.Answer retry = api().post(SS, KEY, V1Http.item(source, "vocals", key));

        List<RecordedRequest> splits = emulator.requestLog().of(Endpoint.V1_SPLIT);
        assertThat(splits).extracting(RecordedRequest::status).containsExactly(0, 200);
        assertThat(splits.get(0).taskIds()).as("the lost answer's task").hasSize(1);
        assertThat(retry.body().get("task_id").asText()).isEqualTo(splits.get(0).taskIds().get(0));
        assertThat(splits.get(1).jsonBody()).isEqualTo(splits.get(0).jsonBody()).contains(key);
        assertThat(emulator.emulator().v1TasksOf(source)).containsExactly(retry.body().get("task_id").asText());
        JsonNode cancelled = api().post("/api/v1/cancel/all/", KEY, (Object) null).body().get("result");
        assertThat(V1Http.fields(cancelled)).as("exactly one task").containsExactly(retry.body().get("task_id")
                .asText());
    }

    @Test
    void faultsWorkOnV1EndpointsToo() throws Exception {
        emulator.faults().next(Endpoint.V1_CHECK, 1, Fault.serverError(502));
        emulator.faults().next(Endpoint.V1_CHECK, 1, Fault.rateLimited(7));
        emulator.faults().next(Endpoint.V1_UPLOAD, 1, Fault.connectionReset());

        assertThat(api().check(KEY, V1Http.uuid()).status()).isEqualTo(502);
        V1Http.Answer limited = api().check(KEY, V1Http.uuid());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("7");
        assertThat(V1Http.fields(limited.body())).containsExactly("detail", "code");
        assertThatThrownBy(() -> api().upload(KEY, "a.wav", wav)).isInstanceOf(IOException.class);
        assertThat(api().check(KEY, V1Http.uuid()).status()).isEqualTo(200);
    }

    @Test
    void aLicenseCannotUseAnotherLicensesSourcesOrTasks() throws Exception {
        String source = api().uploadId(KEY, "a.wav", wav);
        String task = api().split(KEY, source);

        V1Http.Answer split = api().post(SS, OTHER, V1Http.item(source, "vocals", null));
        assertThat(split.status()).isEqualTo(400);
        assertThat(split.body().get("detail").asText()).isEqualTo(V1Errors.SOURCE_GONE);
        assertThat(split.body().get("code").asText()).isEqualTo("internal_error");
        assertThat(entry(OTHER, task)).isEqualTo(V1Http.JSON.readTree(
                "{\"status\":\"server_error\",\"error\":\"Permission denied\"}"));
        assertThat(api().post("/api/v1/cancel/", OTHER, Map.of("task_ids", List.of(task))).body().get("result")
                .get(task).get("error").asText()).isEqualTo("Permission denied");
        assertThat(api().post("/api/v1/cancel/all/", OTHER, (Object) null).body().get("result")).isEmpty();
        assertThat(api().post("/api/v1/delete/", OTHER, Map.of("source_id", source)).status()).isEqualTo(400);
        assertThat(entry(KEY, task).get("status").asText()).as("the owner's task is untouched").isEqualTo("progress");
    }

    @Test
    void multistemGivesATrackPerStemInTheChosenFormatAndChargesEachStem() throws Exception {
        String source = api().uploadId(KEY, "band.wav", wav);
        double before = api().post("/api/v1/limits/minutes_left/", KEY, (Object) null).body().get("minutes_left")
                .asDouble();
        String task = api().post("/api/v1/split/multistem/", KEY, Map.of("source_id", source, "presets",
                Map.of("stem_list", List.of("vocals", "drum", "bass"), "encoder_format", "flac"))).body()
                .get("task_id").asText();
        assertThat(entry(KEY, task).get("presets").get("stem_list")).hasSize(3);
        assertThat(emulator.requestLog().of(Endpoint.V1_CHECK)).singleElement().satisfies(r -> {
            assertThat(r.taskIds()).containsExactly(task);
            assertThat(r.sourceIds()).containsExactly(source);
        });

        emulator.emulator().advanceClock(Duration.ofSeconds(70));
        JsonNode tracks = entry(KEY, task).get("result").get("tracks");

        assertThat(tracks).extracting(t -> t.get("type").asText() + ":" + t.get("label").asText())
                .containsExactly("stem:vocals", "stem:drum", "stem:bass", "back:no_multistem");
        assertThat(tracks).allSatisfy(t -> assertThat(t.get("url").asText()).endsWith("_split_by_lalalai.flac"));
        HttpResponse<byte[]> drum = download(tracks.get(1).get("url").asText());
        assertThat(drum.statusCode()).isEqualTo(200);
        assertThat(drum.headers().firstValue("Content-Type")).hasValue("audio/flac");
        assertThat(drum.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("band_drum_split_by_lalalai.flac");
        assertThat(emulator.requestLog().of(Endpoint.DOWNLOAD).get(0).taskIds()).containsExactly(task);
        double after = api().post("/api/v1/limits/minutes_left/", KEY, (Object) null).body().get("minutes_left")
                .asDouble();
        assertThat(before - after).isCloseTo(3 * 2 / 60.0, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void leadBackVocalsGiveFourTracksAndDemuserAndVoiceCleanTheirOwnLabels() throws Exception {
        String source = api().uploadId(KEY, "a.mp3", new byte[4000]);
        String lead = api().post(SS, KEY, Map.of("source_id", source, "presets",
                Map.of("stem", "vocals", "multivocal", "lead_back"))).body().get("task_id").asText();
        String demuser = api().post("/api/v1/split/demuser/", KEY, Map.of("source_id", source, "presets",
                Map.of("stem", "music"))).body().get("task_id").asText();
        String clean = api().post("/api/v1/split/voice_clean/", KEY, Map.of("source_id", source, "presets",
                Map.of("stem", "voice"))).body().get("task_id").asText();
        emulator.emulator().advanceClock(Duration.ofSeconds(70));

        JsonNode result = api().check(KEY, lead, demuser, clean).body().get("result");
        assertThat(result.get(lead).get("result").get("tracks")).extracting(t -> t.get("label").asText())
                .containsExactly("vocals@0", "vocals@1", "no_vocals", "mix_no_lead");
        assertThat(result.get(demuser).get("result").get("tracks")).extracting(t -> t.get("label").asText())
                .containsExactly("music", "no_music");
        assertThat(result.get(clean).get("result").get("tracks")).extracting(t -> t.get("label").asText())
                .containsExactly("voice", "no_voice");
        HttpResponse<byte[]> mp3 = download(result.get(lead).get("result").get("tracks").get(0).get("url").asText());
        assertThat(mp3.headers().firstValue("Content-Type")).as("the source's format").hasValue("audio/mpeg");
    }

    @Test
    void deleteCancelsRunningTasksKeepsCheckResultsAndRemovesTheTracks() throws Exception {
        String source = api().uploadId(KEY, "a.wav", wav);
        String finished = api().split(KEY, source);
        emulator.emulator().advanceClock(Duration.ofSeconds(70));
        String url = entry(KEY, finished).get("result").get("tracks").get(0).get("url").asText();
        String running = api().split(KEY, source);

        V1Http.Answer deleted = api().post("/api/v1/delete/", KEY, Map.of("source_id", source));

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo(V1Http.JSON.createObjectNode());
        assertThat(emulator.requestLog().of(Endpoint.V1_DELETE).get(0).sourceIds()).containsExactly(source);
        assertThat(entry(KEY, finished).get("status").asText()).isEqualTo("success");
        assertThat(download(url).statusCode()).isEqualTo(404);
        assertThat(entry(KEY, running).get("status").asText()).isEqualTo("cancelled");
        assertThat(V1Http.fields(entry(KEY, running))).containsExactly("source_id", "presets", "status");
        assertThat(api().post(SS, KEY, V1Http.item(source, "vocals", null)).body().get("detail").asText())
                .isEqualTo(V1Errors.SOURCE_GONE);
        assertThat(api().post("/api/v1/delete/", KEY, Map.of("source_id", source)).status()).isEqualTo(400);
    }

    @Test
    void cancelByIdsAndCancelAllCancelOnlyTasksInProgress() throws Exception {
        String source = api().uploadId(KEY, "a.wav", wav);
        String a = api().split(KEY, source);
        String b = api().split(KEY, source);
        String c = api().split(KEY, source);
        assertThat(a).isNotEqualTo(b).as("a source split several times, a task per split");

        JsonNode first = api().post("/api/v1/cancel/", KEY, Map.of("task_ids", List.of(a))).body().get("result");
        assertThat(first.get(a)).isEqualTo(V1Http.JSON.readTree("{\"status\":\"success\"}"));
        JsonNode again = api().post("/api/v1/cancel/", KEY, Map.of("task_ids", List.of(a))).body().get("result");
        assertThat(again.get(a)).isEqualTo(V1Http.JSON.readTree(
                "{\"status\":\"server_error\",\"error\":\"Task is not in progress state\"}"));
        JsonNode all = api().post("/api/v1/cancel/all/", KEY, (Object) null).body().get("result");
        assertThat(V1Http.fields(all)).containsExactly(b, c);
        assertThat(emulator.requestLog().of(Endpoint.V1_CANCEL_ALL).get(0).taskIds()).containsExactly(b, c);
        assertThat(entry(KEY, c).get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void failuresShowAsErrorResultsAndTasksAreCheckableForADay() throws Exception {
        String source = api().uploadId(KEY, "a.wav", wav);
        String task = api().split(KEY, source);
        emulator.emulator().failTask(source, "Unable to detect voice/vocals in the uploaded files");
        emulator.emulator().advanceClock(Duration.ofSeconds(70));

        JsonNode error = entry(KEY, task);
        assertThat(error.get("status").asText()).isEqualTo("error");
        assertThat(V1Http.fields(error.get("error"))).containsExactly("detail", "code", "id");
        assertThat(error.get("error").get("detail").asText())
                .isEqualTo("Unable to detect voice/vocals in the uploaded files");

        emulator.emulator().advanceClock(Duration.ofHours(24));
        assertThat(entry(KEY, task).get("status").asText()).isEqualTo("server_error");
    }

    @Test
    void aFreeLicenseCannotBatchAndTheLogMasksTheKey() throws Exception {
        String source = api().uploadId("v1-free-key", "a.wav", wav);
        V1Http.Answer batch = api().post("/api/v1/split/batch/stem_separator/", "v1-free-key",
                Map.of("items", List.of(V1Http.item(source, "vocals", null))));

        assertThat(batch.body().get("results").get(0).get("code").asText()).isEqualTo("batch_not_avaliable");
        RecordedRequest r = emulator.requestLog().of(Endpoint.V1_BATCH_SPLIT).get(0);
        assertThat(r.header("X-License-Key")).isEqualTo("v1-free-key");
        assertThat(r.jsonBody()).contains(source);
        assertThat(r.toString()).doesNotContain("v1-free-key").contains("v1-f****");
    }

    @Test
    void uploadLimitsNamesDuplicateIdsAndTheSwitchesApplyToV1() throws Exception {
        try (LalalEmulator e = LalalEmulator.builder().license(EmulatorLicense.paid(KEY)).uploadLimitWithLicense(100)
                .unknownFields(true).redirectMedia(true).separateDownloadHost(true).taskQueueTime(Duration.ZERO)
                .v1TrackDetails(true)
                .taskDuration(Duration.ofMillis(1)).build().start()) {
            V1Http v1 = new V1Http(e.baseUrl());
            V1Http.Answer big = v1.upload(KEY, "big.wav", new byte[101]);
            assertThat(big.status()).isEqualTo(400);
            assertThat(big.body().get("code").asText()).isEqualTo("exceeded_size");
            V1Http.Answer noName = v1.send(v1.request("/api/v1/upload/", KEY).header("Content-Disposition",
                    "attachment").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10])).build());
            assertThat(noName.status()).isEqualTo(400);
            assertThat(noName.body().get("code").asText()).isEqualTo("invalid_filename");

            V1Http.Answer up = v1.upload(KEY, "s.wav", RawApi.wav(10, 8000));
            assertThat(up.body().has(ServiceQuirks.UNKNOWN_FIELD)).isTrue();
            String task = v1.split(KEY, up.body().get("id").asText());
            e.advanceClock(Duration.ofSeconds(1));
            JsonNode body = v1.check(KEY, task, task).body();
            assertThat(V1Http.fields(body)).containsExactly("result", ServiceQuirks.UNKNOWN_FIELD);
            JsonNode result = body.get("result");
            assertThat(V1Http.fields(result)).as("a duplicate id answered once").containsExactly(task);
            JsonNode track = result.get(task).get("result").get("tracks").get(0);
            assertThat(V1Http.fields(track)).containsExactly("label", "type", "url", "playlist_file", "name", "size",
                    "waveform", ServiceQuirks.UNKNOWN_FIELD);
            assertThat(track.get("name").asText()).isEqualTo("s_vocals_split_by_lalalai.wav");
            assertThat(track.get("size").asLong()).isEqualTo(RawApi.wav(10, 8000).length);
            HttpResponse<byte[]> redirect = download(track.get("url").asText());
            assertThat(redirect.statusCode()).isEqualTo(302);
            String location = redirect.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(e.downloadBaseUrl() + "/media/v1/" + task + "/");
            HttpResponse<byte[]> served = download(location);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).hasSize(track.get("size").asInt());
        }
    }
}
