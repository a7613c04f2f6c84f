package io.github.camellalal.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * FTP drop folder in, stems back to the same server: each file in {@code ftp.dir} is downloaded to a local work
 * directory (so memory does not grow with file size), separated, and both tracks are uploaded under
 * {@code ftp.dir/stems/}; the source moves to {@code .done} only after both are stored, to {@code .failed}
 * otherwise.
 */
public class FtpStemsRoute extends RouteBuilder {

    @Override
    public void configure() {
        String server = "ftp://{{ftp.user}}@{{ftp.host}}:{{ftp.port}}/{{ftp.dir}}";
        from(server + "?password=RAW({{ftp.password}})&passiveMode=true&binary=true&delay=500"
                + "&localWorkDirectory={{ftp.workDir}}&move=.done&moveFailed=.failed")
                .routeId("ftp-stems")
                .log("Separating ftp:${header.CamelFileName}")
                .to("lalal:process?stem={{ftp.stem:vocals}}&track=both&pollInterval=250")
                .split(body())
                    .to(server + "/stems?password=RAW({{ftp.password}})&passiveMode=true&binary=true")
                .end()
                .log("Stems of ${header.CamelLalalFileName} stored under stems/");
    }
}
