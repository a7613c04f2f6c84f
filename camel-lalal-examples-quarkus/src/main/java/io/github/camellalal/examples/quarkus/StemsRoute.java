package io.github.camellalal.examples.quarkus;

import org.apache.camel.builder.RouteBuilder;

/**
 * Folder in, stems out: each audio file dropped into {@code stems.inbox} is separated by LALAL.AI, its stem and back
 * track are written to {@code stems.output}, and the source moves to {@code .done} (or {@code .failed}). Camel
 * Quarkus finds this class by itself; the license key and service URL come from {@code application.properties}.
 */
public class StemsRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{stems.inbox}}?move=.done&moveFailed=.failed"
                + "&readLock=changed&readLockCheckInterval=200&readLockMinAge=300")
                .routeId("stems")
                .log("Separating ${header.CamelFileName} ({{stems.stem}})")
                .to("lalal:process?stem={{stems.stem}}&track=both")
                .split(body())
                    .to("file:{{stems.output}}")
                    .log("Saved ${header.CamelFileName}")
                .end();
    }
}
