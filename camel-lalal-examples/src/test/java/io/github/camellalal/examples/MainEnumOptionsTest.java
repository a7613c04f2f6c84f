package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.Stem;
import io.github.camellalal.component.LalalApiVersion;
import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.component.LalalConfiguration;
import io.github.camellalal.component.LalalEncoderFormat;
import java.util.Properties;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

/**
 * Camel Main's {@code camel.component.lalal.*} properties set the enum-typed options with the values as the README
 * writes them, and a bad value stops the start naming the option, the value and the allowed values.
 */
class MainEnumOptionsTest {

    private static Main main(String... properties) {
        Properties p = new Properties();
        p.put("camel.component.lalal.apiKey", "main-enum-key");
        p.put("camel.component.lalal.baseUrl", "http://127.0.0.1:9");
        for (int i = 0; i < properties.length; i += 2) {
            p.put(properties[i], properties[i + 1]);
        }
        Main main = new Main();
        main.setOverrideProperties(p);
        return main;
    }

    @Test
    void theReadmesPropertiesSetTheComponent() throws Exception {
        Main main = main("camel.component.lalal.apiVersion", "v1", "camel.component.lalal.splitType", "multistem",
                "camel.component.lalal.stems", "vocals,drum,bass", "camel.component.lalal.encoderFormat", "flac",
                "camel.component.lalal.stem", "drum");
        main.start();
        try {
            LalalConfiguration c = main.getCamelContext().getComponent("lalal", LalalComponent.class)
                    .getConfiguration();
            assertThat(c.getApiVersion()).isEqualTo(LalalApiVersion.v1);
            assertThat(c.getSplitType()).isEqualTo(SplitType.MULTISTEM);
            assertThat(c.getEncoderFormat()).isEqualTo(LalalEncoderFormat.flac);
            assertThat(c.getStem()).isEqualTo(Stem.DRUM);
        } finally {
            main.stop();
        }
    }

    @Test
    void aBadValueStopsTheStartNamingTheOptionAndTheAllowedValues() {
        Main main = main("camel.component.lalal.splitType", "karaoke");
        try {
            assertThatThrownBy(main::start).satisfies(e -> {
                StringBuilder messages = new StringBuilder();
                for (Throwable t = e; t != null; t = t.getCause()) {
                    messages.append(t.getMessage()).append('\n');
                }
                assertThat(messages.toString()).contains("'splitType'", "'karaoke'",
                        "stem_separator, multistem, voice_clean, demuser");
            });
        } finally {
            main.stop();
        }
    }
}
