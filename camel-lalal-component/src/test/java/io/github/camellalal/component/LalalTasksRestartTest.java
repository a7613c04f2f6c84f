package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tracking survives a restart of the Camel context through a FileStateRepository. */
class LalalTasksRestartTest {

    private static final String KEY = "restart-key";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofSeconds(3)).build();

    @TempDir
    Path dir;

    /** Events of both contexts: "state@context". */
    private final List<String> events = new CopyOnWriteArrayList<>();

    private CamelContext context(String name) throws Exception {
        CamelContext context = new DefaultCamelContext();
        LalalComponent lalal = new LalalComponent();
        lalal.getConfiguration().setApiKey(KEY);
        lalal.getConfiguration().setBaseUrl(EMULATOR.baseUrl());
        context.addComponent("lalal", lalal);
        FileStateRepository repository = FileStateRepository.fileStateRepository(dir.resolve("lalal-tasks.dat")
                .toFile());
        context.getRegistry().bind("taskState", repository);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lalal:tasks?delay=100&initialDelay=0&stateRepository=#taskState")
                        .process(e -> events.add(e.getMessage().getHeader(LalalConstants.TASK_STATE) + "@" + name));
            }
        });
        context.start();
        return context;
    }

    @Test
    void aRestartResumesTrackingAndDeliversSuccessOnce() throws Exception {
        CamelContext first = context("first");
        String id;
        try {
            id = first.createProducerTemplate().request("lalal:upload", x -> {
                x.getMessage().setBody(TestWav.stereo(500));
                x.getMessage().setHeader(LalalConstants.FILE_NAME, "restart.wav");
            }).getMessage().getHeader(LalalConstants.FILE_ID, String.class);
            first.createProducerTemplate().sendBodyAndHeader("lalal:split", null, LalalConstants.FILE_ID, id);
            await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("progress@first"));
        } finally {
            first.stop();
        }
        assertThat(events).doesNotContain("success@first");

        CamelContext second = context("second");
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> events.contains("success@second"));
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> true);
        } finally {
            second.stop();
        }
        // progress was delivered before the restart and is not delivered again
        assertThat(events).containsExactly("progress@first", "success@second");

        CamelContext third = context("third");
        try {
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> true);
        } finally {
            third.stop();
        }
        assertThat(events).as("a delivered terminal state is never delivered again")
                .containsExactly("progress@first", "success@second");
        assertThat(id).isNotBlank();
    }
}
