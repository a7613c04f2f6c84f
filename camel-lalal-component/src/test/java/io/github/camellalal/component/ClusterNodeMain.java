package io.github.camellalal.component;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camellalal.component.store.EmbeddedPostgresSupport;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One Camel instance of {@link LalalTasksClusterIT}, run in a child JVM: it starts tasks through its own split and
 * process producers, runs {@code lalal:tasks} on the shared PostgreSQL store, and writes one line per fact to its
 * journal ({@code started <id>}, {@code event <id> <state>}). It stops when its standard input closes. Every request
 * it sends to the emulator carries header {@code X-Lalal-Instance} with its name, so the emulator's request log shows
 * which instance checked which file.
 * <p>
 * Arguments: name, base URL, license key, JDBC URL, split count, process count, journal path.
 */
public final class ClusterNodeMain {

    /** The header naming the instance on every request. */
    static final String INSTANCE_HEADER = "X-Lalal-Instance";

    private ClusterNodeMain() {
    }

    /** Runs one instance. */
    public static void main(String[] args) throws Exception {
        String name = args[0];
        int splits = Integer.parseInt(args[4]);
        int processes = Integer.parseInt(args[5]);
        try (PrintStream journal = new PrintStream(new FileOutputStream(args[6], true), true, StandardCharsets.UTF_8);
             HikariDataSource database = EmbeddedPostgresSupport.pooled(args[3], 4)) {
            CamelContext context = new DefaultCamelContext();
            LalalComponent lalal = new LalalComponent();
            lalal.getConfiguration().setApiKey(args[2]);
            lalal.getConfiguration().setBaseUrl(args[1]);
            lalal.getConfiguration().setPollInterval(200);
            lalal.getConfiguration().setDataSource(database);
            lalal.getConfiguration().setLeaseDuration(2_000);
            lalal.getConfiguration().setInstanceId(name);
            lalal.getConfiguration().setHttpClientConfigurer(builder -> builder.addRequestInterceptorFirst(
                    (request, entity, ctx) -> request.addHeader(INSTANCE_HEADER, name)));
            context.addComponent("lalal", lalal);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("lalal:tasks?delay=100&initialDelay=0").routeId("events")
                            .process(e -> write(journal, "event " + e.getMessage().getHeader(LalalConstants.FILE_ID)
                                    + " " + e.getMessage().getHeader(LalalConstants.TASK_STATE)));
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            for (int i = 0; i < processes; i++) {
                String file = name + "-process-" + i + ".wav";
                template.asyncSend("lalal:process?track=stem", x -> {
                    x.getMessage().setBody(TestWav.stereo(300));
                    x.getMessage().setHeader(LalalConstants.FILE_NAME, file);
                }).thenAccept(exchange -> {
                    if (exchange.getException() == null) {
                        write(journal, "started " + exchange.getMessage().getHeader(LalalConstants.FILE_ID));
                    }
                });
            }
            for (int i = 0; i < splits; i++) {
                String file = name + "-split-" + i + ".wav";
                String id = template.request("lalal:upload", x -> {
                    x.getMessage().setBody(TestWav.stereo(300));
                    x.getMessage().setHeader(LalalConstants.FILE_NAME, file);
                }).getMessage().getHeader(LalalConstants.FILE_ID, String.class);
                template.sendBodyAndHeader("lalal:split", null, LalalConstants.FILE_ID, id);
                write(journal, "started " + id);
            }
            write(journal, "ready");
            waitForEndOfInput();
            context.stop();
        }
    }

    private static void write(PrintStream journal, String line) {
        synchronized (journal) {
            journal.println(line);
        }
    }

    private static void waitForEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // the parent closes our input to stop us
            Thread.onSpinWait();
        }
    }
}
