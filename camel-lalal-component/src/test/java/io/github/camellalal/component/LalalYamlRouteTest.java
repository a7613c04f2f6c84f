package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** A route written in Camel's YAML DSL uses the lalal endpoint with its options. */
class LalalYamlRouteTest extends LalalTestSupport {

    private static final String ROUTE = """
            - route:
                id: yaml-stems
                from:
                  uri: direct:yaml
                  steps:
                    - to:
                        uri: lalal:process
                        parameters:
                          stem: drum
                          splitter: orion
                          track: back
                          pollInterval: 100
                    - convertBodyTo:
                        type: "byte[]"
                    - setHeader:
                        name: track-name
                        simple: "${header.CamelFileName}"
            """;

    @Test
    void yamlRouteProcessesAFile() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("lalal-route.yaml", ROUTE));
        byte[] wav = TestWav.stereo(2000);

        Exchange e = template.request("direct:yaml", x -> {
            x.getMessage().setBody(wav);
            x.getMessage().setHeader(Exchange.FILE_NAME, "beat.wav");
        });

        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader("track-name")).isEqualTo("beat_no_drum_split_by_lalalai.wav");
        assertThat(e.getMessage().getBody(byte[].class)).hasSameSizeAs(wav);
        assertThat(emulator().requestLog().of(Endpoint.SPLIT)).singleElement()
                .satisfies(r -> assertThat(r.form().get("params").get(0)).contains("\"stem\":\"drum\"")
                        .contains("\"splitter\":\"orion\""));
    }
}
