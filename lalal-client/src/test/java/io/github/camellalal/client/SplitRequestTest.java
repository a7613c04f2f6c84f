package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A split request is checked when it is built: a combination the service would refuse or silently ignore fails
 * with the option, the value and what is allowed; what is allowed builds with the values given.
 */
class SplitRequestTest {

    private static final String FILE = "5f0c9b1e-aaaa-4bbb-8ccc-000000000001";

    @Test
    void defaultsAreTheStemSeparatorWithNoStemsAndNoExtraParams() {
        SplitRequest r = SplitRequest.forFile(FILE).build();

        assertThat(r.fileId()).isEqualTo(FILE);
        assertThat(r.splitType()).isEqualTo(SplitType.STEM_SEPARATOR);
        assertThat(r.stems()).isEmpty();
        assertThat(r.extraParams()).isEmpty();
        assertThat(r.stem()).isNull();
        assertThat(r.splitter()).isNull();
        assertThat(r.dereverb()).isNull();
        assertThat(r.enhancedProcessing()).isNull();
        assertThat(r.noiseCancellingLevel()).isNull();
        assertThat(r.encoderFormat()).isNull();
        assertThat(r.extractionLevel()).isNull();
    }

    @Test
    void theV0ConstructorKeepsItsValuesAndDefaultsTheRest() {
        SplitRequest r = new SplitRequest(FILE, Stem.VOICE, Splitter.ORION, true, false, 2, null);

        assertThat(r).extracting(SplitRequest::stem, SplitRequest::splitter, SplitRequest::dereverb,
                SplitRequest::enhancedProcessing, SplitRequest::noiseCancellingLevel, SplitRequest::splitType)
                .containsExactly(Stem.VOICE, Splitter.ORION, true, false, 2, SplitType.STEM_SEPARATOR);
        assertThat(r.extraParams()).isEmpty();
        assertThat(r.stems()).isEmpty();
    }

    @Test
    void everyBuilderValueArrives() {
        SplitRequest r = SplitRequest.forFile(FILE).stem(Stem.DRUM).splitter(Splitter.PHOENIX).dereverb(true)
                .enhancedProcessing(true).encoderFormat("ogg").extractionLevel("clear_cut")
                .extraParam("filter", 1).extraParam("other", "x").build();

        assertThat(r.stem()).isEqualTo(Stem.DRUM);
        assertThat(r.splitter()).isEqualTo(Splitter.PHOENIX);
        assertThat(r.dereverb()).isTrue();
        assertThat(r.enhancedProcessing()).isTrue();
        assertThat(r.encoderFormat()).isEqualTo("ogg");
        assertThat(r.extractionLevel()).isEqualTo("clear_cut");
        assertThat(r.extraParams()).containsExactly(Map.entry("filter", 1), Map.entry("other", "x"));
    }

    @Test
    void extraParamsAndStemsAreCopiesTheCallerCannotChangeLater() {
        Map<String, Object> extra = new HashMap<>(Map.of("filter", 1));
        List<Stem> stems = new ArrayList<>(List.of(Stem.DRUM));
        SplitRequest r = new SplitRequest(FILE, null, null, null, null, null, extra, SplitType.MULTISTEM, stems,
                null, null, null);
        extra.put("late", 2);
        stems.add(Stem.BASS);

        assertThat(r.extraParams()).containsOnlyKeys("filter");
        assertThat(r.stems()).containsExactly(Stem.DRUM);
        assertThatThrownBy(() -> r.extraParams().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.stems().add(Stem.BASS)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingOrBlankFileIdIsRefused() {
        assertRefused(() -> SplitRequest.forFile(null).build(), "fileId", "(none)", "a file id returned by upload");
        assertRefused(() -> SplitRequest.forFile("  ").build(), "fileId", "'  '", "a file id returned by upload");
    }

    @Test
    void anExtraParamNeedsAKey() {
        assertThatThrownBy(() -> SplitRequest.forFile(FILE).extraParam(null, 1)).isInstanceOf(
                NullPointerException.class).hasMessage("key");
    }

    @Test
    void encoderFormatsAreTheFiveTheServiceWrites() {
        for (String f : List.of("mp3", "wav", "flac", "aac", "ogg")) {
            assertThat(SplitRequest.forFile(FILE).encoderFormat(f).build().encoderFormat()).isEqualTo(f);
        }
        assertRefused(() -> SplitRequest.forFile(FILE).encoderFormat("MP3").build(), "encoderFormat", "'MP3'",
                "mp3, wav, flac, aac, ogg");
    }

    @Test
    void extractionLevelIsOneOfTwoAndOnlyForStemSeparatorOrMultistem() {
        assertThat(SplitRequest.forFile(FILE).extractionLevel("deep_extraction").build().extractionLevel())
                .isEqualTo("deep_extraction");
        assertThat(SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).stems(List.of(Stem.BASS))
                .extractionLevel("clear_cut").build().extractionLevel()).isEqualTo("clear_cut");
        assertRefused(() -> SplitRequest.forFile(FILE).extractionLevel("deep").build(), "extractionLevel",
                "'deep'", "deep_extraction, clear_cut");
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.DEMUSER).extractionLevel("clear_cut")
                .build(), "extractionLevel", "'clear_cut'",
                "only with split type stem_separator or multistem (split type is demuser)");
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN)
                .extractionLevel("clear_cut").build(), "extractionLevel", "'clear_cut'", "(split type is voice_clean)");
    }

    @Test
    void multistemTakesOneToSixOfItsStems() {
        List<Stem> six = List.of(Stem.VOCALS, Stem.DRUM, Stem.PIANO, Stem.BASS, Stem.ELECTRIC_GUITAR,
                Stem.ACOUSTIC_GUITAR);
        assertThat(SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).stems(six).build().stems())
                .isEqualTo(six);
        assertThat(SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).stems(List.of(Stem.VOCALS)).build()
                .stems()).containsExactly(Stem.VOCALS);
        String allowed = "1 to 6 of vocals, drum, piano, bass, electric_guitar, acoustic_guitar";
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).build(), "stems", "'[]'",
                allowed);
        List<Stem> seven = new ArrayList<>(six);
        seven.add(Stem.DRUM);
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).stems(seven).build(),
                "stems", null, allowed);
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM)
                .stems(List.of(Stem.DRUM, Stem.WIND)).build(), "stems", "'[drum, wind]'", allowed);
    }

    @Test
    void multistemStemsMustBeOfferedByTheSplitter() {
        assertThat(SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).splitter(Splitter.PERSEUS)
                .stems(List.of(Stem.DRUM, Stem.BASS)).build().splitter()).isEqualTo(Splitter.PERSEUS);
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).splitter(Splitter.PERSEUS)
                .stems(List.of(Stem.DRUM, Stem.PIANO)).build(), "stems", "'piano'",
                "a stem offered by splitter perseus");
    }

    @Test
    void stemsBelongToMultistemOnly() {
        assertRefused(() -> SplitRequest.forFile(FILE).stems(List.of(Stem.DRUM)).build(), "stems", "'[drum]'",
                "only with split type multistem (split type is stem_separator)");
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.DEMUSER).stems(List.of(Stem.DRUM))
                .build(), "stems", "'[drum]'", "(split type is demuser)");
    }

    @Test
    void aStemIsRefusedWhereTheSplitTypeChoosesIt() {
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.DEMUSER).stem(Stem.DRUM).build(), "stem",
                "'drum'", "no stem with split type demuser (it separates music)");
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).stems(List.of(Stem.BASS))
                .stem(Stem.DRUM).build(), "stem", "'drum'",
                "no stem with split type multistem (it separates the stems of option stems)");
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN).stem(Stem.VOCALS).build(),
                "stem", "'vocals'", "no stem with split type voice_clean (it separates voice)");
        assertThat(SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN).stem(Stem.VOICE).build().stem())
                .isEqualTo(Stem.VOICE);
        assertThat(SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN).build().stem()).isNull();
    }

    @Test
    void theStemMustBeOfferedByTheSplitter() {
        assertRefused(() -> SplitRequest.forFile(FILE).splitter(Splitter.PERSEUS).stem(Stem.PIANO).build(), "stem",
                "'piano'", "a stem offered by splitter perseus: vocals, voice, drum, bass");
        // no stem given: the service's default vocals is what the splitter must offer, and every one does
        assertThat(SplitRequest.forFile(FILE).splitter(Splitter.PERSEUS).build().splitter())
                .isEqualTo(Splitter.PERSEUS);
        assertThat(SplitRequest.forFile(FILE).splitter(Splitter.LYRA).stem(Stem.ACOUSTIC_GUITAR).build().stem())
                .isEqualTo(Stem.ACOUSTIC_GUITAR);
        assertRefused(() -> SplitRequest.forFile(FILE).splitter(Splitter.LYRA).stem(Stem.WIND).build(), "stem",
                "'wind'", "a stem offered by splitter lyra");
        // voice_clean separates voice, which orion offers; no stem check against the splitter for demuser
        assertThat(SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN).splitter(Splitter.ORION).build()
                .splitter()).isEqualTo(Splitter.ORION);
    }

    @Test
    void noiseCancellingIsZeroToTwoAndForTheVoiceOnly() {
        for (int level = 0; level <= 2; level++) {
            assertThat(SplitRequest.forFile(FILE).stem(Stem.VOICE).noiseCancellingLevel(level).build()
                    .noiseCancellingLevel()).isEqualTo(level);
        }
        assertThat(SplitRequest.forFile(FILE).splitType(SplitType.VOICE_CLEAN).noiseCancellingLevel(0).build()
                .noiseCancellingLevel()).isZero();
        String levels = "0 (mild), 1 (normal) or 2 (aggressive)";
        assertRefused(() -> SplitRequest.forFile(FILE).stem(Stem.VOICE).noiseCancellingLevel(-1).build(),
                "noiseCancellingLevel", "'-1'", levels);
        assertRefused(() -> SplitRequest.forFile(FILE).stem(Stem.VOICE).noiseCancellingLevel(3).build(),
                "noiseCancellingLevel", "'3'", levels);
        assertRefused(() -> SplitRequest.forFile(FILE).noiseCancellingLevel(1).build(), "noiseCancellingLevel",
                "'1'", "only with stem voice (stem is vocals)");
        assertRefused(() -> SplitRequest.forFile(FILE).stem(Stem.DRUM).noiseCancellingLevel(1).build(),
                "noiseCancellingLevel", "'1'", "only with stem voice (stem is drum)");
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.DEMUSER).noiseCancellingLevel(1)
                .build(), "noiseCancellingLevel", "'1'", "only with stem voice");
        assertRefused(() -> SplitRequest.forFile(FILE).splitType(SplitType.MULTISTEM).stems(List.of(Stem.DRUM))
                .noiseCancellingLevel(1).build(), "noiseCancellingLevel", "'1'", "only with stem voice");
    }

    private static void assertRefused(Runnable build, String option, String value, String allowed) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(LalalValidationException.class, e -> {
            assertThat(e.option()).isEqualTo(option);
            assertThat(e.getMessage()).startsWith("Invalid value for option '" + option + "': ")
                    .contains("; allowed: ").contains(allowed);
            if (value != null) {
                assertThat(e.getMessage()).contains(": " + value + "; allowed");
            }
        });
    }
}
