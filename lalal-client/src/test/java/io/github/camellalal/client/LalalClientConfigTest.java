package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain client refuses bad settings when it is configured, naming the setting; nothing is corrected. */
class LalalClientConfigTest {

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad("baseUrl not a URL", b -> b.baseUrl("http://exa mple.com"), "'baseUrl'"),
                bad("baseUrl blank", b -> b.baseUrl(" "), "'baseUrl'"),
                bad("baseUrl ftp", b -> b.baseUrl("ftp://127.0.0.1"), "'baseUrl'"),
                bad("baseUrl with query", b -> b.baseUrl("http://127.0.0.1/?a=1"), "'baseUrl'"),
                bad("connectTimeout 0", b -> b.connectTimeout(Duration.ZERO), "'connectTimeout'"),
                bad("connectTimeout negative", b -> b.connectTimeout(Duration.ofMillis(-1)), "'connectTimeout'"),
                bad("responseTimeout 0", b -> b.responseTimeout(Duration.ZERO), "'responseTimeout'"),
                bad("maxRetryWait negative", b -> b.maxRetryWait(Duration.ofSeconds(-1)), "'maxRetryWait'"),
                bad("maxConnections 0", b -> b.maxConnections(0), "'maxConnections'"),
                bad("maxRetries negative", b -> b.maxRetries(-1), "'maxRetries'"));
    }

    private static Arguments bad(String name, UnaryOperator<LalalClientConfig.Builder> change, String option) {
        return Arguments.of(name, change, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void isRefusedNamingTheSetting(String name, UnaryOperator<LalalClientConfig.Builder> change, String option) {
        assertThatThrownBy(() -> change.apply(LalalClientConfig.builder()).build())
                .isInstanceOf(LalalValidationException.class).hasMessageContaining(option);
    }

    @Test
    void theEdgesOfWhatIsAllowedBuild() {
        assertThat(LalalClientConfig.builder().baseUrl("http://127.0.0.1:8080/").maxRetryWait(Duration.ZERO)
                .build().baseUrl()).hasToString("http://127.0.0.1:8080");
    }
}
