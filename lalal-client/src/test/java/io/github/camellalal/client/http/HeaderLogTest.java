package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.LalalClientConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;

/**
 * The header log of the client's connections ({@code io.github.camellalal.client.v0.headers} at DEBUG): each
 * request line and header and each answer's status and headers, named by connection, with the license masked
 * wherever the request carries it.
 */
class HeaderLogTest {

    private static final String KEY = "header-log-key-77aa";

    /** What the header logger writes while {@code action} runs. */
    private static String headerLog(Runnable action) {
        StringWriter log = new StringWriter();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        WriterAppender appender = WriterAppender.newBuilder().setName("header-capture").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%c - %m%n").build()).build();
        appender.start();
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.DEBUG);
        try {
            action.run();
        } finally {
            ctx.getConfiguration().getRootLogger().removeAppender("header-capture");
            appender.stop();
            ctx.reconfigure();
        }
        return log.toString();
    }

    private static String get(TrackServer server, LicenseInterceptor.Placement placement) {
        return headerLog(() -> {
            try (CloseableHttpClient http = HttpClientFactory.create(LalalClientConfig.builder()
                    .baseUrl(server.url("/")).apiKey(KEY).userAgent("log-test/1").build(), null)) {
                http.execute(new HttpGet(server.url("/billing/get-limits/?x=1")), LicenseInterceptor.context(placement),
                        response -> response.getCode());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void requestAndAnswerHeadsAreLoggedWithTheLicenseInTheQueryMasked() throws IOException {
        try (TrackServer server = new TrackServer(x -> {
            x.getResponseHeaders().add("Content-Type", "application/json");
            TrackServer.send(x, 200, "{}".getBytes(StandardCharsets.UTF_8));
        })) {
            String log = get(server, LicenseInterceptor.Placement.QUERY);

            assertThat(log).doesNotContain(KEY)
                    .containsPattern("io.github.camellalal.client.v0.headers - lalal-\\d+ >> GET "
                            + "/billing/get-limits/\\?x=1&key=xxxxxx\n")
                    .containsPattern("lalal-\\d+ >> User-Agent: log-test/1\n")
                    .containsPattern("lalal-\\d+ << 200 OK\n")
                    .containsPattern("lalal-\\d+ << Content-type: application/json\n");
            assertThat(server.seen()).singleElement().extracting(TrackServer.Seen::pathAndQuery)
                    .isEqualTo("/billing/get-limits/?x=1&key=" + KEY);
        }
    }

    @Test
    void theLicenseHeaderIsLoggedMasked() throws IOException {
        try (TrackServer server = new TrackServer(x -> TrackServer.send(x, 204, new byte[0]))) {
            String log = get(server, LicenseInterceptor.Placement.HEADER);

            assertThat(log).doesNotContain(KEY).containsPattern("lalal-\\d+ >> Authorization: license xxxxxx\n")
                    .containsPattern("lalal-\\d+ << 204 No Content\n");
            assertThat(server.seen()).singleElement().extracting(TrackServer.Seen::authorization)
                    .isEqualTo("license " + KEY);
        }
    }
}
