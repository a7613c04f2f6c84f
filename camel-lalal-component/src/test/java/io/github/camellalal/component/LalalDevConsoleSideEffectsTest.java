package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The dev console only reads: showing it creates no watcher and starts no thread, and a route or an endpoint stopped,
 * shown and started again waits for its process tasks as before (no watcher left with a stopped endpoint's client).
 */
class LalalDevConsoleSideEffectsTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(200);

    @Override
    protected void addRoutes(RouteBuilder routes) {
        // a timeout far beyond the wait asserted below: a process that misses its task fails the test by its wait
        routes.from("direct:process").routeId("process").to("lalal:process?timeout=60000")
                .convertBodyTo(byte[].class);
    }

    private LalalDevConsole console() {
        LalalDevConsole console = new LalalDevConsole();
        console.setCamelContext(context);
        console.start();
        return console;
    }

    private static void show(LalalDevConsole console) {
        console.call(DevConsole.MediaType.TEXT, Map.of());
        console.call(DevConsole.MediaType.JSON, Map.of());
    }

    /** This context's threads of the lalal component, by their pool name. */
    private List<String> lalalThreads() {
        String prefix = "Camel (" + context.getName() + ")";
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith(prefix) && n.contains(" - Lalal")).toList();
    }

    @Test
    void showingTheConsoleStartsNoThread() {
        LalalDevConsole console = console();

        show(console);

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("lalal://process").contains("waiting (process): 0");
        assertThat(((JsonObject) console.call(DevConsole.MediaType.JSON, Map.of())).toJson())
                .contains("\"waitingTasks\":0");
        assertThat(lalalThreads()).as("threads of the lalal component").isEmpty();
    }

    @Test
    void aRouteStoppedShownAndStartedAgainStillWaitsForItsTasks() throws Exception {
        assertThat(request("direct:process", WAV, "before.wav").getException()).isNull();
        LalalDevConsole console = console();

        context.getRouteController().stopRoute("process");
        show(console);
        context.getRouteController().startRoute("process");

        processesWithinItsWait("after.wav");
    }

    @Test
    void anEndpointStoppedShownAndStartedAgainStillWaitsForItsTasks() throws Exception {
        assertThat(request("direct:process", WAV, "before.wav").getException()).isNull();
        LalalDevConsole console = console();
        Endpoint process = context.getEndpoints().stream().filter(e -> e instanceof LalalEndpoint).findFirst()
                .orElseThrow();

        // stopping the route leaves its producer's endpoint started; stopped, the endpoint closes its client
        context.getRouteController().stopRoute("process");
        ServiceHelper.stopService(process);
        show(console);
        ServiceHelper.startService(process);
        context.getRouteController().startRoute("process");

        processesWithinItsWait("after.wav");
    }

    private void processesWithinItsWait(String name) throws Exception {
        CompletableFuture<Exchange> after = asyncRequest("direct:process", WAV, name);
        // the task takes 600 ms and is checked every 100 ms: 15 s is ample, and far below the 60 s timeout
        Exchange done = after.get(15, TimeUnit.SECONDS);
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(byte[].class)).isNotEmpty();
    }
}
