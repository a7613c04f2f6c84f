package io.github.camellalal.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Folder in, stems out: each file dropped into {@code stems.inbox} is separated into {@code stems.stem}; stem and
 * back track go to {@code stems.output}; the source moves to {@code .done} (or {@code .failed}) in the inbox once
 * both tracks are written. A second route logs each task's state, and its consumer has a health check.
 */
@Component
public class FolderStemsRoutes extends RouteBuilder {

    /** Creates the routes. */
    public FolderStemsRoutes() {
    }

    @Override
    public void configure() {
        from("file:{{stems.inbox}}?readLock=changed&readLockMinAge=300&readLockCheckInterval=200"
                + "&move=.done&moveFailed=.failed")
                .routeId("folder-stems")
                .log("Separating ${header.CamelFileName}")
                .to("lalal:process?stem={{stems.stem}}&track=both")
                .split(body())
                    .to("file:{{stems.output}}")
                    .log("Saved {{stems.output}}/${header.CamelFileName}")
                .end();

        from("lalal:tasks").routeId("lalal-tasks")
                .log("${header.CamelLalalFileName}: ${header.CamelLalalTaskState}");
    }
}
