package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The words for a request that got no answer: what failed, and where to look when no connection was made. */
class NoAnswerTest {

    private static final String HINT = "; no connection to http://127.0.0.1:9: check option baseUrl (and proxyHost,"
            + " if set), and that the service is reachable from here";

    static java.util.stream.Stream<IOException> noConnection() {
        return java.util.stream.Stream.of(new ConnectException("refused"), new ConnectTimeoutException("refused"),
                new UnknownHostException("refused"), new NoRouteToHostException("refused"));
    }

    @ParameterizedTest
    @MethodSource("noConnection")
    void noConnectionNamesTheAddressAndTheOptionToCheck(IOException e) {
        assertThat(NoAnswer.describe(e, new HttpGet("http://127.0.0.1:9/api/v1/check/")))
                .isEqualTo(e.getClass().getSimpleName() + ": refused" + HINT);
    }

    @Test
    void anAnswerThatDidNotComeIsOnlyDescribed() {
        assertThat(NoAnswer.describe(new SocketTimeoutException("Read timed out"),
                new HttpGet("http://127.0.0.1:9/api/v1/check/"))).isEqualTo("SocketTimeoutException: Read timed out");
    }

    @Test
    void anExceptionWithoutMessageIsNamed() {
        assertThat(NoAnswer.describe(new IOException(), new HttpGet("http://127.0.0.1:9/x")))
                .isEqualTo("IOException");
    }

    @Test
    void aLicenseInTheMessageIsMasked() {
        assertThat(NoAnswer.describe(new IOException("GET /billing/get-limits/?key=abc123 failed"),
                new HttpGet("http://127.0.0.1:9/x"))).isEqualTo("IOException: GET /billing/get-limits/?key=xxxxxx"
                        + " failed");
    }
}
