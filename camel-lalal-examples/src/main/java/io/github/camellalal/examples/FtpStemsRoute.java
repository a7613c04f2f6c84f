package io.github.camellalal.examples;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * FTP drop folder in, stems back to the same server: each file in {@code ftp.dir} is downloaded to a local work
 * directory (so memory does not grow with file size), separated, and both tracks are uploaded under
 * {@code ftp.dir/stems/}; the source moves to {@code .done} only after both are stored, to {@code .failed}
 * otherwise, with the error as {@code .failed/<name>.error.txt}.
 */
public class FtpStemsRoute extends RouteBuilder {

    /** The drop folder on the server, with the options every endpoint of the flow shares. */
    static final String SERVER = "ftp://{{ftp.user}}@{{ftp.host}}:{{ftp.port}}/{{ftp.dir}}";
    static final String OPTIONS = "password=RAW({{ftp.password}})&passiveMode=true&binary=true";

    @Override
    public void configure() {
        onException(Exception.class)
                // not handled: the consumer still moves the source to .failed; the note goes beside it. This log
                // line is the one report of the failure
                .logExhausted(false)
                .log(LoggingLevel.ERROR, "Failed to separate ftp:${header.CamelFileName}: ${exception.message}")
                .setBody(simple("${exception.message}"))
                .setHeader("CamelFileName", simple("${file:name}.error.txt"))
                .to(SERVER + "/.failed?" + OPTIONS);

        from(SERVER + "?" + OPTIONS + "&delay=500&localWorkDirectory={{ftp.workDir}}&move=.done&moveFailed=.failed")
                .routeId("ftp-stems")
                .log("Separating ftp:${header.CamelFileName}")
                .to("lalal:process?stem={{ftp.stem:vocals}}&track=both&pollInterval=250")
                .split(body())
                    .to(SERVER + "/stems?" + OPTIONS)
                .end()
                .log("Stems of ${header.CamelLalalFileName} stored under stems/");
    }
}
