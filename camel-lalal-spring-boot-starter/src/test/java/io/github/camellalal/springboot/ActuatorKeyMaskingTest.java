package io.github.camellalal.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The license key never shows in /actuator/configprops or /actuator/env, even with {@code show-values=always};
 * without the starter's sanitizer it would (the control case), so the test can fail.
 */
class ActuatorKeyMaskingTest {

    private static final String KEY = "actuator-key-5e0f";
    private static final String ENV_KEY = "env-var-key-77aa";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApplicationContextRunner runner(Class<?>... lalalAutoConfigurations) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, EndpointAutoConfiguration.class,
                        ConfigurationPropertiesReportEndpointAutoConfiguration.class,
                        EnvironmentEndpointAutoConfiguration.class))
                .withConfiguration(AutoConfigurations.of(lalalAutoConfigurations))
                .withPropertyValues("camel.component.lalal.api-key=" + KEY,
                        "camel.component.lalal.proxy-password=proxy-secret-31",
                        "camel.component.lalal.base-url=http://127.0.0.1:9",
                        "LALAL_API_KEY=" + ENV_KEY,
                        "spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=configprops,env",
                        "management.endpoint.configprops.show-values=always",
                        "management.endpoint.env.show-values=always");
    }

    private static String configprops(AssertableApplicationContext ctx) throws Exception {
        return JSON.writeValueAsString(ctx.getBean(ConfigurationPropertiesReportEndpoint.class)
                .configurationProperties());
    }

    private static String env(AssertableApplicationContext ctx) throws Exception {
        return JSON.writeValueAsString(ctx.getBean(EnvironmentEndpoint.class).environment(null));
    }

    @Test
    void keyAndProxyPasswordAreMaskedInBothEndpoints() {
        runner(LalalComponentAutoConfiguration.class, LalalActuatorAutoConfiguration.class).run(ctx -> {
            String configprops = configprops(ctx);
            String env = env(ctx);
            // values are shown: the base URL is in clear in both
            assertThat(configprops).contains("camel.component.lalal").contains("http://127.0.0.1:9");
            assertThat(env).contains("camel.component.lalal.base-url").contains("http://127.0.0.1:9");
            for (String json : new String[] {configprops, env}) {
                assertThat(json).doesNotContain(KEY).doesNotContain(ENV_KEY).doesNotContain("proxy-secret-31")
                        .contains("******");
            }
        });
    }

    @Test
    void withoutTheSanitizerShowValuesWouldExposeTheKey() {
        runner(LalalComponentAutoConfiguration.class).run(ctx -> {
            assertThat(configprops(ctx)).contains(KEY);
            assertThat(env(ctx)).contains(KEY).contains(ENV_KEY);
        });
    }
}
