package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The lalal dev console lists endpoints and tracked tasks, and never the license key. */
class LalalDevConsoleTest extends LalalTestSupport {

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:limits").to("lalal:limits?apiKey=" + KEY);
        routes.from("lalal:tasks?delay=60000").routeId("tracker").to("mock:events");
    }

    @Test
    void showsEndpointsAndTrackedFilesWithoutTheKey() {
        template.sendBodyAndHeader("lalal:track", null, LalalConstants.FILE_IDS, List.of("f1", "f2"));
        LalalDevConsole console = new LalalDevConsole();
        console.setCamelContext(context);
        console.start();

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        String json = ((JsonObject) console.call(DevConsole.MediaType.JSON, Map.of())).toJson();

        assertThat(text).contains("lalal://limits").contains("key set: true").contains("route tracker: tracking 2")
                .doesNotContain(KEY);
        assertThat(json).contains("\"tracked\":2").contains("limits?apiKey=xxxxxx").doesNotContain(KEY);
    }
}
