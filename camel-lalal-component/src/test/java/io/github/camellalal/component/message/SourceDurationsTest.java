package io.github.camellalal.component.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.TaskStart;
import io.github.camellalal.client.UploadResult;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** The sources' durations a split knows, handed to check scheduling by task id. */
class SourceDurationsTest {

    private final CamelContext context = new DefaultCamelContext();

    private Message message(Object body) {
        Message m = new DefaultExchange(context).getMessage();
        m.setBody(body);
        return m;
    }

    @Test
    void uploadResultsInTheBodyGiveTheirTasksDurationsRoundedUp() {
        Message m = message(List.of(new UploadResult("f1", "a.wav", 10L, 61.2, null),
                new UploadResult("f2", "b.wav", 10L, null, null)));
        List<TaskStart> starts = List.of(new TaskStart("f1", "t1", null, null), new TaskStart("f2", "t2", null, null));

        assertThat(SourceDurations.ofTasks(m, List.of("f1", "f2"), starts)).isEqualTo(Map.of("t1", 62));
    }

    @Test
    void theUploadsDurationHeaderServesASingleFileAndAFailedStartHasNone() {
        Message m = message("f1");
        m.setHeader(HeaderNames.DURATION, 30.0);

        assertThat(SourceDurations.ofTasks(m, List.of("f1"), List.of(new TaskStart("f1", "t1", null, null))))
                .isEqualTo(Map.of("t1", 30));
        assertThat(SourceDurations.ofTasks(m, List.of("f1"), List.of(new TaskStart("f1", null, "bad", "refused"))))
                .isEmpty();
        assertThat(SourceDurations.ofTasks(m, List.of("f1", "f2"), List.of(new TaskStart("f1", "t1", null, null))))
                .as("the header names no file: not used for several").isEmpty();
    }

    @Test
    void anUploadWithoutDurationTellsNothing() {
        assertThat(SourceDurations.ofUpload(new UploadResult("f1", "a.wav", 1L, 0.4, null), "t1"))
                .isEqualTo(Map.of("t1", 1));
        assertThat(SourceDurations.ofUpload(new UploadResult("f1", "a.wav", 1L, null, null), "t1")).isEmpty();
    }
}
