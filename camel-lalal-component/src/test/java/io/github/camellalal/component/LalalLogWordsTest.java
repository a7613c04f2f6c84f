package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringWriter;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With API v1 the log calls a task id a task, and a multistem split shows its stems. */
class LalalLogWordsTest extends LalalTestSupport {

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("log-words-key").apiVersion("v1")
            .taskDuration(Duration.ofMillis(300)).checksPerMinute(600).build();

    private final StringWriter log = new StringWriter();
    private WriterAppender appender;

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:multistem").to("lalal:process?pollInterval=100&splitType=multistem&stems=drum,bass");
        routes.from("lalal:tasks?delay=100&initialDelay=0").routeId("events").to("mock:events");
    }

    @BeforeEach
    void captureLog() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        appender = WriterAppender.newBuilder().setName("words-capture").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%c{1} - %m%n").build()).build();
        appender.start();
        ctx.getConfiguration().addAppender(appender);
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.INFO, null);
        ctx.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("words-capture");
        appender.stop();
        ctx.updateLoggers();
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
