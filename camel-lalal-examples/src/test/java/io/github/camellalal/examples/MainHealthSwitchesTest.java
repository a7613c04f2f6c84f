package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.util.List;
import java.util.Properties;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Camel Main's camel.health.* switches show and hide the lalal producer check, as for Camel's own checks. */
class MainHealthSwitchesTest {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("main-key")).build();

    private static List<HealthCheck.Result> lalalChecks(String... properties) throws Exception {
        Properties p = new Properties();
        p.put("camel.component.lalal.apiKey", "wrong-key");
        p.put("camel.component.lalal.baseUrl", EMULATOR.baseUrl());
        for (int i = 0; i < properties.length; i += 2) {
            p.put(properties[i], properties[i + 1]);
        }
        Main main = new Main();
        main.setOverrideProperties(p);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:target/main-health-inbox").to("lalal:limits");
            }
        });
        main.start();
        try {
            return HealthCheckHelper.invoke(main.getCamelContext()).stream()
                    .filter(r -> r.getCheck().getId().equals("lalal")).toList();
        } finally {
            main.stop();
        }
    }

    @Test
    void producersEnabledShowsTheCheckDownWithTheServicesText() throws Exception {
        assertThat(lalalChecks("camel.health.producersEnabled", "true")).singleElement().satisfies(r -> {
            assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(r.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("License not found")
                    .doesNotContain("wrong-key"));
        });
    }

    @Test
    void producerChecksAreOffByDefaultAndWithTheComponentSwitch() throws Exception {
        assertThat(lalalChecks()).isEmpty();
        assertThat(lalalChecks("camel.health.producersEnabled", "true",
                "camel.component.lalal.healthCheckProducerEnabled", "false"))
                .allSatisfy(r -> assertThat(r.getState()).isNotEqualTo(HealthCheck.State.DOWN));
        assertThat(EMULATOR.requestLog().count(io.github.camellalal.emulator.Endpoint.LIMITS)).isZero();
    }
}
