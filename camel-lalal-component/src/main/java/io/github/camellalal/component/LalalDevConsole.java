package io.github.camellalal.component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * Developer console {@code lalal}: every lalal endpoint with its service URL, the process tasks it is waiting for,
 * for each tasks consumer how many files it tracks, and the {@code lalal.*} meters when Micrometer is present.
 * Never shows a license key. Showing it only reads: it creates no watcher, thread or meter.
 */
@DevConsole(name = "lalal", displayName = "LALAL.AI", description = "LALAL.AI endpoints, waiting and tracked tasks")
public class LalalDevConsole extends AbstractDevConsole {

    /** Creates the console. */
    public LalalDevConsole() {
        super("camel", "lalal", "LALAL.AI", "LALAL.AI endpoints, waiting and tracked tasks");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> e : endpoints()) {
            sb.append(String.format("%s%n    service: %s  key set: %s  waiting (process): %s%n", e.get("uri"),
                    e.get("serviceUrl"), e.get("apiKeySet"), e.get("waitingTasks")));
        }
        for (Map<String, Object> c : consumers()) {
            sb.append(String.format("route %s: tracking %s task(s) from %s%n", c.get("routeId"), c.get("tracked"),
                    c.get("uri")));
        }
        metrics().forEach((meter, values) -> sb.append(String.format("%s %s%n", meter, values)));
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        root.put("endpoints", endpoints());
        root.put("consumers", consumers());
        root.put("metrics", metrics());
        return root;
    }

    private List<Map<String, Object>> endpoints() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Endpoint endpoint : getCamelContext().getEndpoints()) {
            if (endpoint instanceof LalalEndpoint lalal) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("uri", URISupport.sanitizeUri(lalal.getEndpointUri()));
                e.put("operation", lalal.getOperation().name());
                e.put("serviceUrl", lalal.getServiceUrl());
                String key = lalal.getConfiguration().getApiKey();
                e.put("apiKeySet", key != null && !key.isBlank());
                e.put("waitingTasks", lalal.waitingTasks());
                list.add(e);
            }
        }
        return list;
    }

    /** The meters of every lalal component, by name and tags; empty without Micrometer. */
    private Map<String, Map<String, Double>> metrics() {
        Map<String, Map<String, Double>> all = new TreeMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof LalalComponent lalal) {
                all.putAll(lalal.meterSnapshot());
            }
        }
        return all;
    }

    private List<Map<String, Object>> consumers() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof LalalTasksConsumer consumer) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("routeId", route.getRouteId());
                c.put("uri", URISupport.sanitizeUri(route.getEndpoint().getEndpointUri()));
                c.put("tracked", consumer.trackedCount());
                c.put("eventsGivenUp", consumer.givenUpCount());
                list.add(c);
            }
        }
        return list;
    }
}
