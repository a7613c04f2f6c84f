package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With API v1 the log calls a task id a task, and a multistem split shows its stems. */
class LalalLogWordsTest extends LalalTestSupport {

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("log-words-key").apiVersion("v1")
            .taskDuration(Duration.ofMillis(300)).checksPerMinute(600).build();

    @RegisterExtension
    final LogCapture log = new LogCapture(Level.INFO, "%c{1} - %m%n");

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:multistem").to("lalal:process?pollInterval=100&splitType=multistem&stems=drum,bass");
        routes.from("lalal:tasks?delay=100&initialDelay=0").routeId("events").to("mock:events");
    }

    @Test
    void aV1TaskIsCalledATaskAndAMultistemSplitNamesItsStems() {
        Exchange done = request("direct:multistem", TestWav.stereo(400), "band.wav");

        assertThat(done.getException()).isNull();
        String task = done.getMessage().getHeader(LalalConstants.TASK_ID, String.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> log.toString().contains("task " + task + " ended in"));
        String text = log.toString();
        assertThat(text).contains("queued as task " + task + " (multistem drum,bass)")
                .contains("LalalTasksConsumer - LALAL.AI task " + task + " ended in success")
                .doesNotContain("file " + task).doesNotContain(" )");
    }
}
