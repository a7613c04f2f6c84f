package io.github.camellalal.client.v0;

import static io.github.camellalal.client.ScriptedServer.Answer.json;
import static io.github.camellalal.client.ScriptedServer.Answer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.ScriptedServer;
import io.github.camellalal.client.ScriptedServer.Answer;
import io.github.camellalal.client.SplitRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each v0 answer becomes ({@code "status":"success"} JSON, or an exception with the service's text, the HTTP
 * status and an excerpt) and which calls are sent again; against a scripted server on loopback.
 */
class ApiCallerTest {

    private static final String KEY = "api-caller-key-3c8d";
    private static final Duration QUICK = Duration.ofMillis(50);
    private static final String LIMITS = "{'status':'success','option':'pro','process_duration_left':9.5}";

    private static LalalClient client(ScriptedServer server, int maxRetries) {
        return server.client("v0", KEY, maxRetries, QUICK);
    }

    @Test
    void aSafeCallIsRetriedAfter5xxAnd429() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(502, "bad gateway"),
                json(429, "{'status':'error','error':'slow'}").with("Retry-After", "0"), json(200, LIMITS));
             LalalClient client = client(server, 2)) {

            assertThat(client.limits().leftMinutes()).isEqualTo(9.5);
            assertThat(server.seen()).hasSize(3).allSatisfy(s -> {
                assertThat(s.method()).isEqualTo("GET");
                assertThat(s.path()).isEqualTo("/billing/get-limits/");
                assertThat(s.query()).isEqualTo("key=" + KEY);
            });
        }
    }

    @Test
    void retriesStopAtMaxRetries() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(503, "<html>down</html>"));
             LalalClient client = client(server, 1)) {

            assertThatThrownBy(() -> client.check("f-1")).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI check failed for file ids [f-1]: HTTP 503 (not JSON): "
                        + "<html>down</html>");
                assertThat(e.httpStatus()).isEqualTo(503);
                assertThat(e.bodyExcerpt()).isEqualTo("<html>down</html>");
                assertThat(e.fileIds()).containsExactly("f-1");
            });
            assertThat(server.seen()).hasSize(2);
        }
    }

    @Test
    void aSplitAndAnUploadAreSentOnce() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(500, "oops"));
             LalalClient client = client(server, 3)) {

            assertThatThrownBy(() -> client.split(SplitRequest.forFile("f-1").build()))
                    .isInstanceOf(LalalApiException.class).hasMessageStartingWith("LALAL.AI split failed for file ids "
                            + "[f-1]: HTTP 500 (not JSON): oops");
            assertThatThrownBy(() -> client.upload("a.wav", new byte[] {1})).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI upload failed: HTTP 500 (not JSON): oops");
            assertThat(server.seen()).hasSize(2);
        }
    }

    @Test
    void aLongRetryAfterIsNotWaitedForAndCarried() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(429, "{'detail':'slow'}").with("Retry-After", "90"));
             LalalClient client = server.client("v0", KEY, 3, Duration.ofSeconds(1))) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(90));
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 429: {\"detail\":\"slow\"}");
            });
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void theServicesErrorTextIsTheMessageWhateverTheStatus() throws Exception {
        for (int status : new int[] {200, 400}) {
            try (ScriptedServer server = new ScriptedServer(json(status, "{'status':'error','error':'Invalid id'}")
                    .with("Retry-After", "5"));
                 LalalClient client = client(server, 0)) {

                assertThatThrownBy(() -> client.cancel(List.of("f-1", "f-2")))
                        .isInstanceOfSatisfying(LalalApiException.class, e -> {
                            assertThat(e.getMessage()).isEqualTo("LALAL.AI cancel failed for file ids [f-1, f-2]: "
                                    + "Invalid id");
                            assertThat(e.serviceError()).isEqualTo("Invalid id");
                            assertThat(e.httpStatus()).isEqualTo(status);
                            assertThat(e.bodyExcerpt()).isNull();
                            assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(5));
                        });
            }
        }
    }

    @Test
    void anErrorStatusOutsideAnObjectIsNotTheServicesError() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(400, "['error']"));
             LalalClient client = client(server, 0)) {

            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI limits failed: HTTP 400: [\"error\"]");
        }
    }

    @Test
    void successNeedsA2xxStatusAndSuccessInTheBody() throws Exception {
        List<Answer> malformed = List.of(json(200, "{'status':'done'}"), json(200, "['success']"),
                text(200, "<html>portal</html>"), json(204, ""));
        for (Answer answer : malformed) {
            try (ScriptedServer server = new ScriptedServer(answer);
                 LalalClient client = client(server, 0)) {

                assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: malformed answer: "
                            + new String(answer.body(), StandardCharsets.UTF_8));
                    assertThat(e.httpStatus()).isEqualTo(answer.status());
                });
            }
        }
        try (ScriptedServer server = new ScriptedServer(json(300, LIMITS));
             LalalClient client = client(server, 0)) {
            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class)
                    .hasMessageStartingWith("LALAL.AI limits failed: HTTP 300: {");
        }
        try (ScriptedServer server = new ScriptedServer(json(299, LIMITS));
             LalalClient client = client(server, 0)) {
            assertThat(client.limits().plan()).isEqualTo("pro");
        }
    }

    @Test
    void anAnswerOverFourMebibytesIsRefused() throws Exception {
        byte[] huge = new byte[ApiCaller.MAX_ANSWER_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        byte[] limit = new byte[ApiCaller.MAX_ANSWER_BYTES];
        Arrays.fill(limit, (byte) ' ');
        byte[] body = LIMITS.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
        System.arraycopy(body, 0, limit, 0, body.length);
        Map<String, String> type = Map.of("Content-Type", "application/json");
        try (ScriptedServer server = new ScriptedServer(new Answer(200, type, huge), new Answer(200, type, limit));
             LalalClient client = client(server, 0)) {

            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI limits failed: answer larger than 4194304 bytes");
            assertThat(client.limits().leftMinutes()).isEqualTo(9.5);
        }
    }

    @Test
    void aLostAnswerIsRetriedForACheckThenReported() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.none());
             LalalClient client = client(server, 2)) {

            assertThatThrownBy(() -> client.check("f-1")).isInstanceOfSatisfying(LalalTransportException.class, e -> {
                assertThat(e.getMessage()).startsWith("LALAL.AI check failed for file ids [f-1]: no answer (");
                assertThat(e.operation()).isEqualTo(ApiOperation.CHECK);
            });
            assertThat(server.seen()).hasSize(3);
        }
    }

    @Test
    void aLostAnswerThenAnAnswerSucceeds() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.none(), json(200, LIMITS));
             LalalClient client = client(server, 1)) {

            assertThat(client.limits().leftMinutes()).isEqualTo(9.5);
        }
    }

    @Test
    void aLostAnswerToASplitIsNotRepeated() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.none());
             LalalClient client = client(server, 2)) {

            assertThatThrownBy(() -> client.split(SplitRequest.forFile("f-1").build()))
                    .isInstanceOf(LalalTransportException.class)
                    .hasMessageStartingWith("LALAL.AI split failed for file ids [f-1]: no answer (");
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void anEmptyErrorAnswerIsNotJson() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(502, ""));
             LalalClient client = client(server, 0)) {

            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI limits failed: HTTP 502 (not JSON): ");
        }
    }

    @Test
    void a407WithoutAConfiguredProxyNamesTheSettingsToSet() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(407, "<html>proxy " + KEY + "</html>"));
             LalalClient client = client(server, 2)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 407: proxy authentication "
                        + "required by a proxy on the way, not a configured one; set proxyHost and proxyPort, and "
                        + "proxyUsername and proxyPassword");
                assertThat(e.bodyExcerpt()).startsWith("<html>proxy ").doesNotContain(KEY);
                assertThat(e.retryAfter()).isEmpty();
            });
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void theKeyIsHiddenWhereverAnAnswerRepeatsIt() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'error','error':'Key " + KEY
                + " expired'}"), text(500, "<html>no " + KEY + " here</html>"));
             LalalClient client = client(server, 0)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: Key xxxxxx expired");
                assertThat(e.serviceError()).isEqualTo("Key xxxxxx expired");
            });
            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 500 (not JSON): "
                        + "<html>no xxxxxx here</html>");
                assertThat(e.bodyExcerpt()).isEqualTo("<html>no xxxxxx here</html>");
            });
        }
    }

    @Test
    void a500IsRetriedLikeAnyOther5xx() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(500, "oops"), json(200, LIMITS));
             LalalClient client = client(server, 1)) {

            assertThat(client.limits().leftMinutes()).isEqualTo(9.5);
            assertThat(server.seen()).hasSize(2);
        }
    }
}
