package io.github.camellalal.client.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.TaskStart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** v1's answers to a split, a batch split and a cancel, each shape the OpenAPI allows and the malformed ones. */
class V1SplitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aSplitAnswerGivesItsTaskId() throws Exception {
        assertThat(V1Splits.taskId(json("{'task_id':'t-1'}"))).isEqualTo("t-1");
    }

    @Test
    void aSplitAnswerWithoutTaskIdIsMalformed() {
        for (String answer : List.of("{'id':'x'}", "{'task_id':' '}")) {
            assertThatThrownBy(() -> V1Splits.taskId(json(answer)))
                    .isInstanceOfSatisfying(LalalApiException.class, e -> {
                        assertThat(e.operation()).isEqualTo(ApiOperation.SPLIT);
                        assertThat(e.httpStatus()).isEqualTo(200);
                        assertThat(e.getMessage()).startsWith("LALAL.AI split failed: malformed answer (the answer "
                                + "has no task_id): {");
                        assertThat(e.bodyExcerpt()).isEqualTo(answer.replace('\'', '"'));
                    });
        }
    }

    @Test
    void batchResultsKeepRequestOrderAndTellStartedFromFailed() throws Exception {
        List<TaskStart> starts = V1Splits.batchResults(json("{'results':["
                + "{'status':'success','source_id':'s1','task_id':'t1'},"
                + "{'status':'error','source_id':'s2','code':'source_not_found','error':'Source not found'},"
                + "{'task_id':'t3'},"
                + "{'status':'success'}]}"), List.of("s1", "s2", "s3", "s4"));

        assertThat(starts).containsExactly(new TaskStart("s1", "t1", null, null),
                new TaskStart("s2", null, "source_not_found", "Source not found"),
                new TaskStart("s3", "t3", null, null),
                new TaskStart("s4", null, null, null));
        assertThat(starts).extracting(TaskStart::started).containsExactly(true, false, true, false);
    }

    @Test
    void anErrorItemIsFailedEvenWithATaskId() throws Exception {
        assertThat(V1Splits.batchResults(json("{'results':[{'status':'error','task_id':'t1','code':'c'}]}"),
                List.of("s1"))).containsExactly(new TaskStart("s1", null, "c", null));
    }

    @Test
    void batchResultsOfTheWrongCountAreMalformed() {
        assertThatThrownBy(() -> V1Splits.batchResults(json("{'results':[{'task_id':'t1'}]}"),
                List.of("s1", "s2"))).isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e.getMessage()).startsWith("LALAL.AI split failed: malformed answer (expected 2 "
                            + "results): ");
                    assertThat(e.fileIds()).containsExactly("s1", "s2");
                });
        assertThatThrownBy(() -> V1Splits.batchResults(json("{'results':{}}"), List.of()))
                .isInstanceOf(LalalApiException.class).hasMessageContaining("expected 0 results");
    }

    @Test
    void theFailureNamesEveryItemThatDidNotStartAndCarriesTheFirstCode() {
        LalalApiException e = V1Splits.failure(List.of(new TaskStart("s2", null, "source_not_found", "gone"),
                new TaskStart("s3", null, "internal_error", "oops")), 5);

        assertThat(e.getMessage()).isEqualTo("LALAL.AI split failed for 2 of 5 files: s2 (source_not_found: gone), "
                + "s3 (internal_error: oops)");
        assertThat(e.code()).isEqualTo("source_not_found");
        assertThat(e.serviceError()).isEqualTo("gone");
        assertThat(e.fileIds()).containsExactly("s2", "s3");
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.operation()).isEqualTo(ApiOperation.SPLIT);
    }

    @Test
    void aCancelThatCancelledEveryTaskPasses() throws Exception {
        V1Splits.requireCancelled(json("{'t1':{'status':'success'},'t2':{'status':'success'}}"),
                List.of("t1", "t2"));
    }

    @Test
    void aCancelNamesEachTaskNotCancelledAndWhy() {
        assertThatThrownBy(() -> V1Splits.requireCancelled(json("{'t1':{'status':'success'},"
                + "'t2':{'status':'error','error':'Task is not in progress state'},'t4':{'status':'error'}}"),
                List.of("t1", "t2", "t3", "t4"))).isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("LALAL.AI cancel failed for [t2 (Task is not in progress "
                            + "state), t3 (not in the answer), t4 (?)]");
                    assertThat(e.operation()).isEqualTo(ApiOperation.CANCEL);
                    assertThat(e.fileIds()).containsExactly("t1", "t2", "t3", "t4");
                    assertThat(e.httpStatus()).isEqualTo(200);
                });
    }

    @Test
    void anItemWithoutTaskIdIsFailedWithTheCodeAndErrorItGave() throws Exception {
        assertThat(V1Splits.batchResults(json("{'results':[{'status':'queued','code':'c','error':'e'}]}"),
                List.of("s1"))).containsExactly(new TaskStart("s1", null, "c", "e"));
    }
}
