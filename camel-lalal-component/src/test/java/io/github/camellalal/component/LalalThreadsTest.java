package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * Threads belong to the component and exist only when process needs them: producers of other operations start
 * none, and any number of process endpoints share one worker pool, one watcher and one deadline timer.
 */
class LalalThreadsTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(300);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("lalal", LalalComponent.class).setWorkerPoolSize(2);
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:upload").to("lalal:upload");
        routes.from("direct:split").to("lalal:split");
        routes.from("direct:check").to("lalal:check");
        routes.from("direct:vocals").to("lalal:process?stem=vocals").convertBodyTo(byte[].class);
        routes.from("direct:drum").to("lalal:process?stem=drum").convertBodyTo(byte[].class);
        routes.from("direct:bass").to("lalal:process?stem=bass").convertBodyTo(byte[].class);
    }

    /** This context's threads of the lalal component, by their pool name. */
    private List<String> lalalThreads() {
        String prefix = "Camel (" + context.getName() + ")";
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith(prefix) && n.contains(" - Lalal"))
                .map(n -> n.substring(n.lastIndexOf(" - ") + 3)).sorted().toList();
    }

    @Test
    void threeProducerEndpointsStartNoThreadAndThreeProcessEndpointsShareOneSet() {
        String id = request("direct:upload", WAV, "t.wav").getMessage().getHeader(LalalConstants.FILE_ID,
                String.class);
        template.sendBodyAndHeader("direct:split", null, LalalConstants.FILE_ID, id);
        assertThat(template.request("direct:check", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id))
                .getException()).isNull();

        assertThat(lalalThreads()).isEmpty();

        for (String route : List.of("direct:vocals", "direct:drum", "direct:bass")) {
            Exchange e = request(route, WAV, route.substring(7) + ".wav");
            assertThat(e.getException()).as(route).isNull();
        }

        List<String> threads = lalalThreads();
        assertThat(threads).filteredOn("LalalTaskWatcher"::equals).hasSize(1);
        assertThat(threads).filteredOn("LalalDeadlines"::equals).hasSize(1);
        assertThat(threads).filteredOn("LalalWorker"::equals).hasSizeBetween(1, 2);
        assertThat(threads).allMatch(List.of("LalalTaskWatcher", "LalalDeadlines", "LalalWorker")::contains);
    }
}
