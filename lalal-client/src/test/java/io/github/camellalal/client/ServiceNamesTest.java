package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The names users write for stems, splitters, split types and task states: parsed case-insensitively, printed as
 * the service writes them, and an unknown name refused with the list of allowed ones.
 */
class ServiceNamesTest {

    @Test
    void stemsParseTrimmedInAnyCaseWithHyphens() {
        assertThat(Stem.of(" Electric-Guitar ")).isEqualTo(Stem.ELECTRIC_GUITAR);
        assertThat(Stem.of("VOCALS")).isEqualTo(Stem.VOCALS);
        assertThat(Stem.WIND).hasToString("wind");
        assertThat(Stem.allowedNames()).isEqualTo("vocals, voice, drum, bass, piano, electric_guitar, "
                + "acoustic_guitar, synthesizer, strings, wind");
        assertThatThrownBy(() -> Stem.of("kazoo")).isInstanceOf(LalalValidationException.class)
                .hasMessage("Invalid value for option 'stem': 'kazoo'; allowed: " + Stem.allowedNames());
        assertThatThrownBy(() -> Stem.of(null)).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("'stem': (none)");
    }

    @Test
    void splittersParseAndKnowTheirStemsAndApi() {
        assertThat(Splitter.of(" Phoenix ")).isEqualTo(Splitter.PHOENIX);
        assertThat(Splitter.LYNX).hasToString("lynx");
        assertThat(Splitter.allowedNames()).isEqualTo("phoenix, orion, perseus, andromeda, lyra, lynx");
        assertThat(Splitter.PHOENIX.v1Only()).isFalse();
        assertThat(Splitter.ANDROMEDA.v1Only()).isTrue();
        assertThat(Splitter.PERSEUS.stems()).containsExactlyInAnyOrder(Stem.VOCALS, Stem.VOICE, Stem.DRUM, Stem.BASS);
        assertThat(Splitter.LYRA.supports(Stem.WIND)).isFalse();
        assertThat(Splitter.PHOENIX.supports(Stem.WIND)).isTrue();
        assertThatThrownBy(() -> Splitter.PHOENIX.stems().add(Stem.VOICE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Splitter.of("cassiopeia")).isInstanceOf(LalalValidationException.class)
                .hasMessage("Invalid value for option 'splitter': 'cassiopeia'; allowed: " + Splitter.allowedNames());
        assertThatThrownBy(() -> Splitter.of(null)).isInstanceOf(LalalValidationException.class);
    }

    @Test
    void splitTypesParse() {
        assertThat(SplitType.of(" MultiStem ")).isEqualTo(SplitType.MULTISTEM);
        assertThat(SplitType.VOICE_CLEAN).hasToString("voice_clean");
        assertThatThrownBy(() -> SplitType.of("voice-clean")).isInstanceOf(LalalValidationException.class)
                .hasMessage("Invalid value for option 'splitType': 'voice-clean'; allowed: "
                        + "stem_separator, multistem, voice_clean, demuser, change_voice");
        assertThatThrownBy(() -> SplitType.of(null)).isInstanceOf(LalalValidationException.class);
    }

    @Test
    void taskStatesParseAndOnlyProgressGoesOn() {
        assertThat(TaskState.fromId(" Success ")).isEqualTo(TaskState.SUCCESS);
        assertThat(TaskState.fromId("cancelled")).isEqualTo(TaskState.CANCELLED);
        assertThat(TaskState.fromId("queued")).isNull();
        assertThat(TaskState.fromId(null)).isNull();
        assertThat(TaskState.ERROR.id()).isEqualTo("error");
        assertThat(TaskState.PROGRESS.isTerminal()).isFalse();
        assertThat(TaskState.SUCCESS.isTerminal()).isTrue();
        assertThat(TaskState.ERROR.isTerminal()).isTrue();
        assertThat(TaskState.CANCELLED.isTerminal()).isTrue();
    }
}
