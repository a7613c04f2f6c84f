package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tracks a status offers: the full split before the player's before the preview, and every track listed. */
class FileStatusTest {

    private static final StemTracks SPLIT = new StemTracks("drum", 3.0, "s-stem", 1L, "s-back", 2L);
    private static final StemTracks PLAYER = new StemTracks("drum", 3.0, "p-stem", 3L, "p-back", 4L);
    private static final StemTracks PREVIEW = new StemTracks("drum", 1.0, "v-stem", 5L, "v-back", 6L);

    private static FileStatus status(StemTracks preview, StemTracks split, StemTracks player) {
        return new FileStatus("f-1", true, null, null, null, null, null, null, preview, split, player,
                new TaskStatus(TaskState.SUCCESS, "success", 100, null));
    }

    @Test
    void theFullSplitComesFirstThenThePlayerThenThePreview() {
        assertThat(status(PREVIEW, SPLIT, PLAYER).tracks()).isEqualTo(SPLIT);
        assertThat(status(PREVIEW, null, PLAYER).tracks()).isEqualTo(PLAYER);
        assertThat(status(PREVIEW, null, null).tracks()).isEqualTo(PREVIEW);
        assertThat(status(null, null, null).tracks()).isNull();
    }

    @Test
    void v0TracksAreListedAsStemAndBack() {
        assertThat(status(null, SPLIT, null).allTracks()).containsExactly(new Track("stem", "drum", "s-stem", 1L),
                new Track("back", "no_drum", "s-back", 2L));
        assertThat(status(null, null, null).allTracks()).isEmpty();
        assertThat(status(null, new StemTracks(null, null, null, null, "b", null), null).allTracks())
                .containsExactly(new Track("back", null, "b", null));
        assertThat(status(null, new StemTracks("bass", null, "s", null, null, null), null).allTracks())
                .containsExactly(new Track("stem", "bass", "s", null));
    }

    @Test
    void theServicesListWinsAndV0StatusesAreTheirOwnSource() {
        List<Track> list = List.of(new Track("stem", "piano", "u", 1L));
        FileStatus v1 = new FileStatus("t-1", true, null, null, null, null, null, null, null, SPLIT, null, null,
                "src-1", list);

        assertThat(v1.allTracks()).isEqualTo(list);
        assertThat(v1.sourceId()).isEqualTo("src-1");
        assertThat(v1.taskState()).isNull();
        assertThat(status(null, null, null).sourceId()).isEqualTo("f-1");
        assertThat(status(null, null, null).taskState()).isEqualTo(TaskState.SUCCESS);
        assertThat(status(null, null, null).trackList()).isNull();
    }
}
