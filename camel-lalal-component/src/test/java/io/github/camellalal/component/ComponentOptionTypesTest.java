package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The component's options name no type of a client adapter: the client's adapters can change without changing the
 * component's options (read from the generated component JSON).
 */
class ComponentOptionTypesTest {

    @Test
    void theComponentsOptionsNameNoAdapterType() throws Exception {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/io/github/camellalal/component/lalal.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("org.apache.camel.component.http.HttpClientConfigurer")
                    .doesNotContain("client.v0", "client.v1", "client.http");
        }
    }
}
