package io.github.camellalal.client.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.Track;
import org.junit.jupiter.api.Test;

/** Each shape of a v1 check entry, as the v1 OpenAPI describes it, becomes the status a user reads. */
class V1StatusesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = "7d2c1f0e-1111-4222-8333-444455556666";

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aTaskMissingFromTheAnswerIsUnknown() throws Exception {
        FileStatus missing = V1Statuses.of(TASK, null);
        FileStatus notAnObject = V1Statuses.of(TASK, json("'text'"));

        for (FileStatus s : new FileStatus[] {missing, notAnObject}) {
            assertThat(s.id()).isEqualTo(TASK);
            assertThat(s.known()).isFalse();
            assertThat(s.error()).isEqualTo("not in the service's answer");
            assertThat(s.task()).isNull();
            assertThat(s.allTracks()).isEmpty();
        }
    }

    @Test
    void aServerErrorEntryIsUnknownWithTheServicesText() throws Exception {
        FileStatus s = V1Statuses.of(TASK, json("{'status':'server_error','error':'Task not found'}"));
        FileStatus noText = V1Statuses.of(TASK, json("{'status':'server_error'}"));
        FileStatus noStatus = V1Statuses.of(TASK, json("{'error':'odd'}"));

        assertThat(s.known()).isFalse();
        assertThat(s.error()).isEqualTo("Task not found");
        assertThat(noText.error()).isEqualTo("server_error");
        assertThat(noStatus.known()).isFalse();
        assertThat(noStatus.error()).isEqualTo("odd");
    }

    @Test
    void aQueuedTaskHasItsProgressAndNoTracks() throws Exception {
        FileStatus s = V1Statuses.of(TASK, json("{'status':'progress','progress':42,'source_id':'src-1',"
                + "'presets':{'stem':'drum','splitter':'lyra'}}"));

        assertThat(s.known()).isTrue();
        assertThat(s.error()).isNull();
        assertThat(s.taskState()).isEqualTo(TaskState.PROGRESS);
        assertThat(s.task().progress()).isEqualTo(42);
        assertThat(s.task().error()).isNull();
        assertThat(s.sourceId()).isEqualTo("src-1");
        assertThat(s.stem()).isEqualTo("drum");
        assertThat(s.splitter()).isEqualTo("lyra");
        assertThat(s.tracks()).isNull();
        assertThat(s.trackList()).isNull();
        assertThat(s.duration()).isNull();
    }

    @Test
    void aDoneTaskListsEveryTrackAndOffersTheFirstStemAndBackAsV0Pair() throws Exception {
        FileStatus s = V1Statuses.of(TASK, json("{'status':'success','source_id':'src-1',"
                + "'presets':{'stem_list':['drum','piano']},'result':{'duration':12.5,'tracks':["
                + "{'type':'stem','label':'drum','url':'https://127.0.0.1/d','size':10},"
                + "{'type':'stem','label':'piano','url':'https://127.0.0.1/p','size':11},"
                + "{'type':'back','label':'no_multistem','url':'https://127.0.0.1/b'}]}}"));

        assertThat(s.taskState()).isEqualTo(TaskState.SUCCESS);
        assertThat(s.task().progress()).as("success without progress is 100").isEqualTo(100);
        assertThat(s.duration()).isEqualTo(12.5);
        assertThat(s.allTracks()).containsExactly(new Track("stem", "drum", "https://127.0.0.1/d", 10L),
                new Track("stem", "piano", "https://127.0.0.1/p", 11L),
                new Track("back", "no_multistem", "https://127.0.0.1/b", null));
        StemTracks pair = s.tracks();
        assertThat(pair).isEqualTo(new StemTracks("drum", 12.5, "https://127.0.0.1/d", 10L, "https://127.0.0.1/b",
                null));
    }

    @Test
    void thePairsStemIsThePresetsStemWhenGiven() throws Exception {
        FileStatus s = V1Statuses.of(TASK, json("{'status':'success','progress':100,'presets':{'stem':'vocals'},"
                + "'result':{'tracks':[{'type':'stem','label':'vocals_label','url':'u1','size':1},"
                + "{'type':'back','label':'no_vocals','url':'u2','size':2}]}}"));

        assertThat(s.tracks()).isEqualTo(new StemTracks("vocals", null, "u1", 1L, "u2", 2L));
    }

    @Test
    void onlyABackTrackGivesAPairWithoutStem() throws Exception {
        FileStatus s = V1Statuses.of(TASK, json("{'status':'success','result':{'tracks':["
                + "{'type':'back','label':'no_music','url':'u2','size':2}]}}"));

        assertThat(s.tracks()).isEqualTo(new StemTracks(null, null, null, null, "u2", 2L));
    }

    @Test
    void onlyAStemTrackGivesAPairWithoutBack() throws Exception {
        FileStatus s = V1Statuses.of(TASK, json("{'status':'success','result':{'tracks':["
                + "{'type':'stem','label':'music','url':'u1','size':'3'}]}}"));

        assertThat(s.tracks()).isEqualTo(new StemTracks("music", null, "u1", null, null, null));
        assertThat(s.allTracks()).singleElement().extracting(Track::size).isNull();
    }

    @Test
    void tracksOfNeitherKindGiveNoPairButAreListed() throws Exception {
        FileStatus s = V1Statuses.of(TASK, json("{'status':'success','result':{'tracks':["
                + "{'type':'other','label':7,'url':'u'}]}}"));

        assertThat(s.tracks()).isNull();
        assertThat(s.allTracks()).containsExactly(new Track("other", null, "u", null));
    }

    @Test
    void anErrorCarriesTheServicesDetailAndCode() throws Exception {
        FileStatus withCode = V1Statuses.of(TASK, json("{'status':'error','error':{'detail':'Bad file',"
                + "'code':'invalid_file'},'progress':0}"));
        FileStatus withoutCode = V1Statuses.of(TASK, json("{'status':'error','error':{'detail':'Bad file'}}"));
        FileStatus asText = V1Statuses.of(TASK, json("{'status':'error','error':'Plain text'}"));

        assertThat(withCode.taskState()).isEqualTo(TaskState.ERROR);
        assertThat(withCode.known()).isTrue();
        assertThat(withCode.task().error()).isEqualTo("Bad file (invalid_file)");
        assertThat(withCode.task().progress()).isZero();
        assertThat(withoutCode.task().error()).isEqualTo("Bad file");
        assertThat(withoutCode.task().progress()).isNull();
        assertThat(asText.task().error()).isEqualTo("Plain text");
    }

    @Test
    void anErrorTextOutsideAnErrorStateIsNotTheTasksError() throws Exception {
        FileStatus s = V1Statuses.of(TASK, json("{'status':'cancelled','error':'ignored'}"));

        assertThat(s.taskState()).isEqualTo(TaskState.CANCELLED);
        assertThat(s.task().error()).isNull();
        assertThat(s.task().rawState()).isEqualTo("cancelled");
    }
}
