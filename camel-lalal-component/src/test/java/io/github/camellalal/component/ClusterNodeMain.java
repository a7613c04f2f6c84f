package io.github.camellalal.component;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camellalal.component.store.EmbeddedPostgresSupport;
import io.github.camellalal.emulator.EmulatorTls;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
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
 * Arguments: name, base URL, license key, JDBC URL, split count, process count, journal path, how long (ms) the
 * route blocks on its first terminal event (0: never), and for https the emulator's truststore file. It speaks API v1
 * with v1's default check budget (30 a minute, shared with the other instances through the database) and tracks
 * task ids.
 */
public final class ClusterNodeMain {

    /** The header naming the instance on every request. */
    static final String INSTANCE_HEADER = "X-Lalal-Instance";
    /** The instances' lease. */
    static final long LEASE_MILLIS = 3_000;

    private ClusterNodeMain() {
    }

    /** Runs one instance. */
    public static void main(String[] args) throws Exception {
        String name = args[0];
        int splits = Integer.parseInt(args[4]);
        int processes = Integer.parseInt(args[5]);
        long blockMillis = args.length > 7 ? Long.parseLong(args[7]) : 0;
        AtomicBoolean blocked = new AtomicBoolean(blockMillis <= 0);
        try (PrintStream journal = new PrintStream(new FileOutputStream(args[6], true), true, StandardCharsets.UTF_8);
             HikariDataSource database = EmbeddedPostgresSupport.pooled(args[3], 4)) {
            CamelContext context = new DefaultCamelContext();
            LalalComponent lalal = new LalalComponent();
            lalal.getConfiguration().setApiKey(args[2]);
            lalal.getConfiguration().setBaseUrl(args[1]);
            if (args.length > 8) {
                // https: trust the emulator's certificate from its truststore file, as a user would
                lalal.getConfiguration().setSslContextParameters(
                        TestTls.trusting(args[8], EmulatorTls.TRUST_STORE_PASSWORD));
            }
            lalal.getConfiguration().setPollInterval(200);
            lalal.getConfiguration().setDataSource(database);
            lalal.getConfiguration().setApiVersion(LalalApiVersion.v1);
            lalal.getConfiguration().setLeaseDuration(LEASE_MILLIS);
            lalal.getConfiguration().setInstanceId(name);
            lalal.getConfiguration().setHttpClientConfigurer(builder -> builder.addRequestInterceptorFirst(
                    (request, entity, ctx) -> request.addHeader(INSTANCE_HEADER, name)));
            context.addComponent("lalal", lalal);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("lalal:tasks?delay=100&initialDelay=0").routeId("events")
                            .process(e -> {
                                String state = e.getMessage().getHeader(LalalConstants.TASK_STATE, String.class);
                                if (!"progress".equals(state) && blocked.compareAndSet(false, true)) {
                                    // a slow route: this poll holds for blockMillis (the claims must hold too)
                                    write(journal, "blocking");
                                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(blockMillis);
                                    while (until - System.nanoTime() > 0) {
                                        LockSupport.parkNanos(until - System.nanoTime());
                                    }
                                    write(journal, "unblocked");
                                }
                                write(journal, "event " + e.getMessage().getHeader(LalalConstants.TASK_ID) + " "
                                        + state);
                            });
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
                        write(journal, "started " + exchange.getMessage().getHeader(LalalConstants.TASK_ID));
                    }
                });
            }
            for (int i = 0; i < splits; i++) {
                String file = name + "-split-" + i + ".wav";
                String id = template.request("lalal:upload", x -> {
                    x.getMessage().setBody(TestWav.stereo(300));
                    x.getMessage().setHeader(LalalConstants.FILE_NAME, file);
                }).getMessage().getHeader(LalalConstants.FILE_ID, String.class);
                String task = template.request("lalal:split", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id))
                        .getMessage().getHeader(LalalConstants.TASK_ID, String.class);
                write(journal, "started " + task);
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
