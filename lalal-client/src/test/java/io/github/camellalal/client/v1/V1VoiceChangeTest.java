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
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.TonalityReference;
import io.github.camellalal.client.Track;
import io.github.camellalal.client.VoiceChange;
import io.github.camellalal.client.VoicePack;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The voice changer and the license's voice packs through the client, against the emulator's v1. */
class V1VoiceChangeTest {

    private static final String KEY = "v1-voice-key-51d2";
    private static final String SOURCE = "5f0c9b1e-aaaa-4bbb-8ccc-000000000001";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY))
            .taskDuration(Duration.ofMillis(300))
            .taskQueueTime(Duration.ofMillis(200))
            .build();

    private final List<LalalClient> clients = new ArrayList<>();

    private LalalClient client(String api) {
        LalalClient c = LalalClient.create(LalalClientConfig.builder().baseUrl(EMULATOR.baseUrl()).apiKey(KEY)
                .apiVersion(api).build());
        clients.add(c);
        return c;
    }

    @AfterEach
    void close() {
        clients.forEach(LalalClient::close);
    }

    @Test
    void changeVoiceSendsEveryPresetAndGivesTheConvertedMix() {
        LalalClient client = client("v1");
        String source = client.upload("song.wav", V1LalalClientTest.wav(800)).id();

        String task = client.split(SplitRequest.forFile(source)
                .voiceChange(new VoiceChange("stasia_faye", 0.25, TonalityReference.VOICE_PACK))
                .dereverb(true).encoderFormat("mp3").build());
        FileStatus done = awaitEnd(client, task);

        assertThat(done.taskState()).isEqualTo(TaskState.SUCCESS);
        assertThat(done.allTracks()).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("converted_mix");
            assertThat(t.type()).isEqualTo("back");
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(client.download(done.allTracks().get(0).url(), out).fileName()).endsWith(".mp3");
        assertThat(out.size()).isGreaterThan(0);
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_CHANGE_VOICE)).singleElement().satisfies(r -> assertThat(
                r.jsonBody()).contains("\"source_id\":\"" + source + "\"", "\"voice_pack_id\":\"STASIA_FAYE\"",
                "\"accent\":0.25", "\"tonality_reference\":\"voice_pack\"", "\"dereverb_enabled\":true",
                "\"encoder_format\":\"mp3\"", "\"idempotency_key\":").doesNotContain("splitter", "stem"));
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_SPLIT)).isEmpty();
    }

    @Test
    void changeVoiceLeavesUnsetPresetsToTheService() {
        LalalClient client = client("v1");
        String source = client.upload("song.wav", V1LalalClientTest.wav(800)).id();

        String task = client.changeVoice(source, VoiceChange.of("VETRANA"));

        assertThat(awaitEnd(client, task).allTracks()).extracting(Track::label).containsExactly("converted_mix");
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_CHANGE_VOICE)).singleElement().satisfies(r -> assertThat(
                r.jsonBody()).contains("\"voice_pack_id\":\"VETRANA\"")
                .doesNotContain("accent", "tonality_reference", "dereverb_enabled", "encoder_format"));
    }

    @Test
    void voicePacksListsTheLicensesOwnPacksAndTheirIdsChangeTheVoice() {
        LalalClient client = client("v1");
        assertThat(client.voicePacks()).isEmpty();
        Instant before = Instant.now().minusSeconds(1);
        String id = EMULATOR.emulator().addVoicePack(KEY, "Studio narrator");

        List<VoicePack> packs = client.voicePacks();

        assertThat(packs).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Studio narrator");
            assertThat(p.packId()).isEqualTo(id);
            assertThat(p.created()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
        String source = client.upload("song.wav", V1LalalClientTest.wav(800)).id();
        String task = client.changeVoice(source, VoiceChange.of(id.toUpperCase(java.util.Locale.ROOT)));
        assertThat(awaitEnd(client, task).taskState()).isEqualTo(TaskState.SUCCESS);
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_CHANGE_VOICE)).singleElement()
                .satisfies(r -> assertThat(r.jsonBody()).contains("\"voice_pack_id\":\"" + id + "\""));
    }

    @Test
    void aPackTheServiceDoesNotKnowIsItsError() {
        LalalClient client = client("v1");
        String source = client.upload("song.wav", V1LalalClientTest.wav(800)).id();

        assertThatThrownBy(() -> client.changeVoice(source, VoiceChange.of("8a3c1f52-4d6e-4f7a-9b8c-0d1e2f3a4b5c")))
                .isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("voice_pack_not_found");
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
    }

    @Test
    void valuesOutsideTheContractFailBeforeAnyRequestNamingOptionValueAndAllowed() {
        LalalClient client = client("v1");
        refused(() -> VoiceChange.of("ELVIS"), "voicePack", "ELVIS", "ALEX_KAYE, STASIA_FAYE");
        refused(() -> VoiceChange.of("8a3c1f52-4d6e-1f7a-9b8c-0d1e2f3a4b5c"), "voicePack",
                "8a3c1f52-4d6e-1f7a-9b8c-0d1e2f3a4b5c", "uuid4");
        refused(() -> VoiceChange.of(null), "voicePack", "(none)", "VETRANA");
        refused(() -> new VoiceChange("NIK_ZEL", 1.5, null), "accent", "1.5", "0.0");
        refused(() -> new VoiceChange("NIK_ZEL", -0.1, null), "accent", "-0.1", "1.0");
        refused(() -> TonalityReference.of("pitch"), "tonalityReference", "pitch", "source_file, voice_pack");
        refused(() -> SplitRequest.forFile(SOURCE).splitType(SplitType.CHANGE_VOICE).build(), "voicePack", "(none)",
                "required with split type change_voice");
        refused(() -> SplitRequest.forFile(SOURCE).splitType(SplitType.DEMUSER).voiceChange(VoiceChange.of(
                "NIK_ZEL")).build(), "voicePack", "NIK_ZEL", "only with split type change_voice");
        refused(() -> SplitRequest.forFile(SOURCE).voiceChange(VoiceChange.of("NIK_ZEL")).stem(Stem.DRUM).build(),
                "stem", "drum", "no stem with split type change_voice");
        refused(() -> SplitRequest.forFile(SOURCE).voiceChange(VoiceChange.of("NIK_ZEL")).splitter(Splitter.LYRA)
                .build(), "splitter", "lyra", "no splitter");
        refused(() -> SplitRequest.forFile(SOURCE).voiceChange(VoiceChange.of("NIK_ZEL")).extractionLevel(
                "clear_cut").build(), "extractionLevel", "clear_cut", "stem_separator or multistem");
        refused(() -> SplitRequest.forFile(SOURCE).voiceChange(VoiceChange.of("NIK_ZEL")).encoderFormat("opus")
                .build(), "encoderFormat", "opus", "mp3, wav, flac, aac, ogg");
        refused(() -> client.changeVoice(SOURCE, null), "voicePack", "(none)", "ALEX_KAYE");
        assertThat(EMULATOR.requestLog().all()).isEmpty();
    }

    @Test
    void v0RefusesTheVoiceChangerNamingTheVersionBeforeAnyRequest() {
        LalalClient v0 = client("v0");
        assertThatThrownBy(() -> v0.changeVoice(SOURCE, VoiceChange.of("ALEX_KAYE")))
                .isInstanceOfSatisfying(LalalValidationException.class, e -> {
                    assertThat(e.option()).isEqualTo("apiVersion");
                    assertThat(e.value()).isEqualTo("v0");
                }).hasMessageContaining("splitType=change_voice").hasMessageContaining("v1");
        assertThatThrownBy(v0::voicePacks).isInstanceOfSatisfying(LalalValidationException.class,
                e -> assertThat(e.value()).isEqualTo("v0")).hasMessageContaining("voicePacks")
                .hasMessageContaining("v1");
        assertThat(EMULATOR.requestLog().all()).isEmpty();
    }

    private static void refused(ThrowingCallable call, String option, String value, String allowed) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LalalValidationException.class,
                e -> assertThat(e.option()).isEqualTo(option)).hasMessageContaining(value)
                .hasMessageContaining(allowed);
    }

    private static FileStatus awaitEnd(LalalClient client, String task) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> client.check(task), s -> s.taskState() != null && s.taskState().isTerminal());
    }
}
