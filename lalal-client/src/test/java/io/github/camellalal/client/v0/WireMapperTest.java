package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A split request as v0's {@code params} entry, v1-only options refused, and v0's file entries as statuses. */
class WireMapperTest {

    private static final String FILE = "f-1";

    @Test
    void onlyWhatIsSetIsSentThenTheExtraKeys() {
        assertThat(WireMapper.params(SplitRequest.forFile(FILE).build())).containsExactly(Map.entry("id", FILE));
        assertThat(WireMapper.params(SplitRequest.forFile(FILE).splitter(Splitter.ORION).stem(Stem.VOICE)
                .dereverb(true).enhancedProcessing(false).noiseCancellingLevel(2).extraParam("filter", 1).build()))
                .containsExactly(Map.entry("id", FILE), Map.entry("splitter", "orion"), Map.entry("stem", "voice"),
                        Map.entry("dereverb_enabled", true), Map.entry("enhanced_processing_enabled", false),
                        Map.entry("noise_cancelling_level", 2), Map.entry("filter", 1));
    }

    @Test
    void optionsOnlyV1HasAreRefusedNamingThem() {
        assertNeedsV1(SplitRequest.forFile(FILE).splitType(SplitType.DEMUSER).build(), "option splitType=demuser");
        assertNeedsV1(SplitRequest.forFile(FILE).encoderFormat("mp3").build(), "option encoderFormat");
        assertNeedsV1(SplitRequest.forFile(FILE).extractionLevel("clear_cut").build(), "option extractionLevel");
        assertNeedsV1(SplitRequest.forFile(FILE).splitter(Splitter.LYRA).build(), "option splitter=lyra");
        assertThat(WireMapper.params(SplitRequest.forFile(FILE).splitter(Splitter.PERSEUS).build()))
                .containsEntry("splitter", "perseus");
    }

    private static void assertNeedsV1(SplitRequest r, String what) {
        assertThatThrownBy(() -> WireMapper.params(r)).isInstanceOfSatisfying(LalalValidationException.class, e -> {
            assertThat(e.option()).isEqualTo("apiVersion");
            assertThat(e.value()).isEqualTo("v0");
            assertThat(e.allowed()).isEqualTo("v1 (" + what + " needs LALAL.AI API v1)");
        });
    }

    @Test
    void aFileEntryBecomesAStatusWithItsTaskAndTracks() {
        WireModels.Tracks split = new WireModels.Tracks(3.0, "vocals", "https://127.0.0.1/s", 10L,
                "https://127.0.0.1/b", 11L);
        WireModels.Tracks preview = new WireModels.Tracks(1.0, "vocals", "p-s", 1L, "p-b", 2L);
        FileStatus s = new WireMapper().file(FILE, new WireModels.File("success", null, "a.wav", 44L, 3.0, "phoenix",
                "vocals", preview, split, null, new WireModels.Task("success", null, 100)));

        assertThat(s.id()).isEqualTo(FILE);
        assertThat(s.sourceId()).isEqualTo(FILE);
        assertThat(s.known()).isTrue();
        assertThat(s).extracting(FileStatus::name, FileStatus::size, FileStatus::duration, FileStatus::splitter,
                FileStatus::stem).containsExactly("a.wav", 44L, 3.0, "phoenix", "vocals");
        assertThat(s.split()).isEqualTo(new StemTracks("vocals", 3.0, "https://127.0.0.1/s", 10L,
                "https://127.0.0.1/b", 11L));
        assertThat(s.preview()).isEqualTo(new StemTracks("vocals", 1.0, "p-s", 1L, "p-b", 2L));
        assertThat(s.player()).isNull();
        assertThat(s.taskState()).isEqualTo(TaskState.SUCCESS);
        assertThat(s.task().progress()).isEqualTo(100);
        assertThat(s.task().rawState()).isEqualTo("success");
    }

    @Test
    void anErrorEntryIsUnknownWithTheServicesText() {
        FileStatus s = new WireMapper().file(FILE, new WireModels.File("error", "Invalid id", null, null, null, null,
                null, null, null, null, null));

        assertThat(s.known()).isFalse();
        assertThat(s.error()).isEqualTo("Invalid id");
        assertThat(s.task()).isNull();
        assertThat(s.tracks()).isNull();
    }

    @Test
    void aTaskErrorAndPlayerTracksAreKept() {
        FileStatus s = new WireMapper().file(FILE, new WireModels.File("success", null, null, null, null, null,
                null, null, null, new WireModels.Tracks(null, null, "u", null, null, null),
                new WireModels.Task("error", "Bad file", null)));

        assertThat(s.known()).isTrue();
        assertThat(s.taskState()).isEqualTo(TaskState.ERROR);
        assertThat(s.task().error()).isEqualTo("Bad file");
        assertThat(s.player()).isEqualTo(new StemTracks(null, null, "u", null, null, null));
        assertThat(s.allTracks()).hasSize(1);
    }

    @Test
    void aFileMissingFromTheAnswerIsUnknown() {
        FileStatus s = new WireMapper().missing(FILE);

        assertThat(s.id()).isEqualTo(FILE);
        assertThat(s.known()).isFalse();
        assertThat(s.error()).isEqualTo("not in the service's answer");
        assertThat(List.of(s.allTracks())).containsExactly(List.of());
    }
}
