package io.github.camellalal.examples;

import io.github.camellalal.component.LalalConstants;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Folder in, stems out: every audio file dropped into {@code demo.inbox} is separated; its stem and back track are
 * written to {@code demo.output}; the source moves to {@code demo.done} only after both tracks are saved, and to
 * {@code demo.failed} with a {@code .error.txt} beside it otherwise. A second route logs each task's progress.
 */
public class FileStemsRoute extends RouteBuilder {

    private final DemoSummary summary;

    /** Creates the routes, counting into {@code summary}. */
    public FileStemsRoute(DemoSummary summary) {
        this.summary = summary;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                // not handled: the file consumer moves the source to the failed folder. This log line is the one
                // report of the failure: no second one with a stack trace from the error handler
                .logExhausted(false)
                .log(LoggingLevel.ERROR, "Failed to separate ${header.CamelFileName}: ${exception.message}")
                .process(this::writeErrorNote);

        // move and moveFailed are relative to the inbox unless absolute
        String done = folder("{{demo.done}}");
        String failed = folder("{{demo.failed}}");
        from("file:{{demo.inbox}}?readLock=changed&readLockMinAge=500&readLockCheckInterval=250"
                + "&move=" + done + "/${file:name}&moveFailed=" + failed + "/${file:name}")
                .routeId("stems")
                .onCompletion().onCompleteOnly().process(e -> summary.fileDone()).end()
                .onCompletion().onFailureOnly().process(e -> summary.fileFailed()).end()
                .log("Separating ${header.CamelFileName} ({{demo.stem}})")
                .to("lalal:process?stem={{demo.stem}}&track=both&pollInterval={{demo.pollInterval}}")
                .split(body())
                    .to("file:{{demo.output}}")
                    .process(e -> summary.trackWritten())
                    .log("Saved {{demo.output}}/${header.CamelFileName}")
                .end();

        from("lalal:tasks?emitProgress=true&delay={{demo.pollInterval}}")
                .routeId("progress")
                .choice()
                    .when(header(LalalConstants.PROGRESS).isNotNull())
                        .log("${header.CamelLalalFileName}: ${header.CamelLalalTaskState} "
                                + "${header.CamelLalalProgress}%")
                    .otherwise()
                        .log("${header.CamelLalalFileName}: ${header.CamelLalalTaskState}")
                .end();
    }

    private String folder(String property) {
        return Path.of(getContext().resolvePropertyPlaceholders(property)).toAbsolutePath().normalize().toString();
    }

    private void writeErrorNote(Exchange e) throws Exception {
        String name = e.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (name == null) {
            return;
        }
        Path failed = Path.of(getContext().resolvePropertyPlaceholders("{{demo.failed}}"));
        Files.createDirectories(failed);
        Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Files.writeString(failed.resolve(name + ".error.txt"),
                (cause == null ? "unknown error" : cause.getMessage()) + System.lineSeparator(),
                StandardCharsets.UTF_8);
    }
}
