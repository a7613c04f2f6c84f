package io.github.camellalal.client.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The presets object a v1 split sends, per split type: only what is set, in the OpenAPI's names. */
class V1PresetsTest {

    private static final String FILE = "5f0c9b1e-aaaa-4bbb-8ccc-000000000001";

    @Test
    void theStemSeparatorSendsVocalsWhenNoStemIsSet() {
        assertThat(V1Presets.of(SplitRequest.forFile(FILE).build())).containsExactly(Map.entry("stem", "vocals"));
    }

    @Test
    void everySetOptionIsSentUnderItsV1Name() {
        Map<String, Object> p = V1Presets.of(SplitRequest.forFile(FILE).stem(Stem.BASS).splitter(Splitter.LYNX)
                .dereverb(false).encoderFormat("wav").extractionLevel("deep_extraction").extraParam("filter", 2)
                .build());

        assertThat(p).containsExactly(Map.entry("stem", "bass"), Map.entry("splitter", "lynx"),
                Map.entry("dereverb_enabled", false), Map.entry("encoder_format", "wav"),
                Map.entry("extraction_level", "deep_extraction"), Map.entry("filter", 2));
    }

    @Test
    void eachSplitTypeSendsWhatItSeparates() {
        assertThat(V1Presets.of(SplitRequest.forFile(FILE).splitType(SplitType.DEMUSER).build()))
                .containsExactly(Map.entry("stem", "music"));
        assertThat(V1Presets.of(SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN)
                .noiseCancellingLevel(0).build()))
                .containsExactly(Map.entry("stem", "voice"), Map.entry("noise_cancelling_level", 0));
        assertThat(V1Presets.of(SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM)
                .stems(List.of(Stem.PIANO, Stem.DRUM)).build()))
                .containsExactly(Map.entry("stem_list", List.of("piano", "drum")));
    }

    @Test
    void enhancedProcessingIsRefusedWhateverItsValue() {
        for (Boolean value : List.of(true, false)) {
            assertThatThrownBy(() -> V1Presets.of(SplitRequest.forFile(FILE).enhancedProcessing(value).build()))
                    .isInstanceOfSatisfying(LalalValidationException.class, e -> {
                        assertThat(e.option()).isEqualTo("enhancedProcessing");
                        assertThat(e.value()).isEqualTo(value);
                        assertThat(e.allowed()).isEqualTo(
                                "not set: LALAL.AI API v1 has no enhanced processing option");
                    });
        }
    }

    @Test
    void theVoiceStemPointsToVoiceClean() {
        assertThatThrownBy(() -> V1Presets.of(SplitRequest.forFile(FILE).stem(Stem.VOICE).build()))
                .isInstanceOfSatisfying(LalalValidationException.class, e -> {
                    assertThat(e.option()).isEqualTo("stem");
                    assertThat(e.getMessage()).contains("'voice'").contains("split type voice_clean for speech");
                });
    }

    @Test
    void noiseCancellingOnlyWithVoiceClean() {
        assertThatThrownBy(() -> V1Presets.of(SplitRequest.forFile(FILE).splitType(SplitType.STEM_SEPARATOR)
                .stem(Stem.VOICE).noiseCancellingLevel(2).build())).isInstanceOf(LalalValidationException.class);
        // v0 allows the voice stem with a level; v1 only its voice_clean task
        assertThat(V1Presets.of(SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN).build()))
                .doesNotContainKey("noise_cancelling_level");
    }

    @Test
    void voiceCleanMayNameItsVoiceStem() {
        assertThat(V1Presets.of(SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN).stem(Stem.VOICE)
                .build())).containsExactly(Map.entry("stem", "voice"));
    }
}
