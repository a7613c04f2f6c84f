package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A license's own voice packs: listed to it alone, usable by it alone; the service's packs usable by all. */
class V1VoicePacksTest {

    private static final String OWNER = "v1-voice-owner";
    private static final String OTHER = "v1-voice-other";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(OWNER)).license(EmulatorLicense.paid(OTHER))
            .taskDuration(Duration.ofSeconds(60)).build();

    private final V1Http api = new V1Http(EMULATOR.baseUrl());
    private final byte[] wav = RawApi.wav(16000, 8000);

    @Test
    void aLicensesPacksAreListedToItAloneWithNameIdAndCreated() throws Exception {
        long before = java.time.Instant.now().getEpochSecond();
        String id = EMULATOR.emulator().addVoicePack(OWNER, "My narrator");

        JsonNode packs = api.post("/api/v1/voice_packs/list/", OWNER, (Object) null).body().get("packs");
        assertThat(packs).singleElement().satisfies(p -> {
            assertThat(V1Http.fields(p)).containsExactly("name", "pack_id", "created");
            assertThat(p.get("name").asText()).isEqualTo("My narrator");
            assertThat(p.get("pack_id").asText()).isEqualTo(id);
            assertThat(UUID.fromString(id).version()).isEqualTo(4);
            assertThat(p.get("created").isIntegralNumber()).isTrue();
            assertThat(p.get("created").asLong()).isGreaterThanOrEqualTo(before - 1);
        });
        assertThat(api.post("/api/v1/voice_packs/list/", OTHER, (Object) null).body().get("packs")).isEmpty();
    }

    @Test
    void anOwnPackChangesTheVoiceAndAnotherLicensesPackIsNotFound() throws Exception {
        String id = EMULATOR.emulator().addVoicePack(OWNER, "Cloned");
        String ownerSource = api.uploadId(OWNER, "song.wav", wav);
        String otherSource = api.uploadId(OTHER, "song.wav", wav);

        V1Http.Answer own = api.post("/api/v1/change_voice/", OWNER, Map.of("source_id", ownerSource,
                "presets", Map.of("voice_pack_id", id, "tonality_reference", "voice_pack")));
        assertThat(own.status()).isEqualTo(200);
        String task = own.body().get("task_id").asText();
        JsonNode presets = api.check(OWNER, task).body().get("result").get(task).get("presets");
        assertThat(presets.get("voice_pack_id").asText()).isEqualTo(id);
        assertThat(presets.get("tonality_reference").asText()).isEqualTo("voice_pack");
        assertThat(presets.get("accent").asDouble()).isEqualTo(1.0);

        V1Http.Answer foreign = api.post("/api/v1/change_voice/", OTHER, Map.of("source_id", otherSource,
                "presets", Map.of("voice_pack_id", id)));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body().get("code").asText()).isEqualTo("voice_pack_not_found");
        assertThat(EMULATOR.emulator().v1TasksOf(otherSource)).isEmpty();
    }
}
