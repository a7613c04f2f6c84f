package io.github.camellalal.examples.first;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/** Separates vocals and drums of every audio file dropped into a folder and saves each track. */
public class FirstRoute extends RouteBuilder {

    /** Starts Camel Main with this route; application.properties holds the key and the folders. */
    public static void main(String... args) throws Exception {
        Main main = new Main(FirstRoute.class);
        main.run(args);
    }

    @Override
    public void configure() {
        from("file:{{stems.inbox}}?move=.done&moveFailed=.failed")
                .log("separating ${header.CamelFileName}")
                .to("lalal:process?splitType=multistem&stems=vocals,drum&track=all")
                .split(body())
                    .to("file:{{stems.output}}")
                    .log("saved ${header.CamelFileName}");
    }
}
