package io.github.camellalal.client.v1;

import static io.github.camellalal.client.ScriptedServer.Answer.json;
import static io.github.camellalal.client.ScriptedServer.Answer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.ScriptedServer;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.ScriptedServer.Answer;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What each v1 answer becomes (JSON, or an exception with the service's words, status, code and wait) and which
 * calls are sent again after 429, 5xx or a lost answer; against a scripted server on loopback.
 */
class V1CallerTest {

    private static final String KEY = "caller-key-5d1e";
    private static final String TASK = "7d2c1f0e-1111-4222-8333-444455556666";
    private static final Duration QUICK = Duration.ofMillis(50);

    @Test
    void aCheckIsRetriedAfter503And429AndSucceeds() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(503, "busy"),
                json(429, "{'detail':'slow down','code':'too_many_requests'}").with("Retry-After", "0"),
                json(200, "{'result':{'" + TASK + "':{'status':'progress','progress':5}}}"));
             LalalClient client = server.client("v1", KEY, 2, QUICK)) {

            assertThat(client.check(TASK).task().progress()).isEqualTo(5);
            assertThat(server.seen()).hasSize(3).allSatisfy(s -> {
                assertThat(s.path()).isEqualTo("/api/v1/check/");
                assertThat(s.licenseKey()).isEqualTo(KEY);
                assertThat(s.body()).isEqualTo("{\"task_ids\":[\"" + TASK + "\"]}");
            });
        }
    }

    @Test
    void retriesStopAfterMaxRetriesWithTheLastAnswer() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(502, "<html>bad gateway</html>"));
             LalalClient client = server.client("v1", KEY, 2, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(502);
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 502 (not JSON): "
                        + "<html>bad gateway</html>");
                assertThat(e.bodyExcerpt()).isEqualTo("<html>bad gateway</html>");
                assertThat(e.operation()).isEqualTo(ApiOperation.LIMITS);
            });
            assertThat(server.seen()).hasSize(3);
        }
    }

    @Test
    void noRetryWithMaxRetriesZero() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(500, "down"), json(200, "{'minutes_left':1}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class);
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void aCallThatIsNotSafeToRepeatIsSentOnce() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(503, "busy"));
             LalalClient client = server.client("v1", KEY, 2, QUICK)) {

            assertThatThrownBy(() -> client.upload("a.wav", new byte[] {1, 2}))
                    .isInstanceOfSatisfying(LalalApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
            assertThatThrownBy(() -> client.delete("f-1")).isInstanceOf(LalalApiException.class);
            assertThat(server.seen()).extracting(ScriptedServer.Seen::path)
                    .containsExactly("/api/v1/upload/", "/api/v1/delete/");
        }
    }

    @Test
    void aSplitIsRetriedWithTheSameBodyBecauseItsKeyMakesItSafe() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(500, "oops"), json(200, "{'task_id':'t-1'}"));
             LalalClient client = server.client("v1", KEY, 1, QUICK)) {

            assertThat(client.split(SplitRequest.forFile("src-1").build())).isEqualTo("t-1");
            assertThat(server.seen()).hasSize(2);
            assertThat(server.seen().get(1).body()).isEqualTo(server.seen().get(0).body())
                    .contains("\"idempotency_key\":\"");
        }
    }

    @Test
    void aKeyAlreadyUsedAfterAnUnansweredAttemptSaysTheTaskStarted() throws Exception {
        String used = "{'detail':'Idempotency key already used','code':'idempotency_key_used'}";
        try (ScriptedServer server = new ScriptedServer(text(500, "oops"), json(409, used));
             LalalClient client = server.client("v1", KEY, 1, QUICK)) {

            assertThatThrownBy(() -> client.split(SplitRequest.forFile("src-1").build()))
                    .isInstanceOfSatisfying(LalalApiException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("LALAL.AI split failed for ids [src-1]: HTTP 409: "
                                + "Idempotency key already used (idempotency_key_used); an earlier attempt got no "
                                + "answer but started the task, whose id the service does not give again");
                        assertThat(e.code()).isEqualTo("idempotency_key_used");
                        assertThat(e.httpStatus()).isEqualTo(409);
                        assertThat(e.serviceError()).isEqualTo("Idempotency key already used");
                        assertThat(e.fileIds()).containsExactly("src-1");
                    });
        }
    }

    @Test
    void aKeyAlreadyUsedOnTheFirstAttemptIsTheServicesWordsOnly() throws Exception {
        try (ScriptedServer server = new ScriptedServer(
                json(409, "{'detail':'Idempotency key already used','code':'idempotency_key_used'}"));
             LalalClient client = server.client("v1", KEY, 1, QUICK)) {

            assertThatThrownBy(() -> client.split(SplitRequest.forFile("src-1").build()))
                    .isInstanceOf(LalalApiException.class).hasMessageEndingWith("(idempotency_key_used)");
        }
    }

    @Test
    void anotherErrorAfterAnUnansweredAttemptIsLeftAsItIs() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(500, "oops"),
                json(400, "{'detail':'Source not found','code':'source_not_found'}"));
             LalalClient client = server.client("v1", KEY, 1, QUICK)) {

            assertThatThrownBy(() -> client.split(SplitRequest.forFile("src-1").build()))
                    .isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI split failed for ids [src-1]: HTTP 400: Source not found (source_not_found)");
        }
    }

    @Test
    void aRetryAfterLongerThanAllowedIsNotWaitedForAndTheWaitIsCarried() throws Exception {
        try (ScriptedServer server = new ScriptedServer(
                json(429, "{'detail':'Too many requests','code':'too_many_requests'}").with("Retry-After", "120"));
             LalalClient client = server.client("v1", KEY, 3, Duration.ofSeconds(1))) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(429);
                assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120));
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 429: Too many requests "
                        + "(too_many_requests)");
            });
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void a4xxIsNotRetried() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(404, "{'detail':'Not found'}"));
             LalalClient client = server.client("v1", KEY, 3, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 404: Not found");
                assertThat(e.code()).isNull();
                assertThat(e.retryAfter()).isEmpty();
            });
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void aValidationListBecomesLocationAndMessagePairs() throws Exception {
        String list = "{'detail':[{'loc':['body','split_input','presets'],'msg':'Extra inputs are not permitted'},"
                + "{'loc':['query'],'msg':'Field required'},{'type':'odd'}]}";
        try (ScriptedServer server = new ScriptedServer(json(422, list));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.serviceError()).isEqualTo("body.split_input.presets: Extra inputs are not permitted; "
                        + "query: Field required; : {\"type\":\"odd\"}");
                assertThat(e.httpStatus()).isEqualTo(422);
            });
        }
    }

    @Test
    void aDetailThatIsNeitherTextNorListIsShownAsJsonWithTheKeyHidden() throws Exception {
        try (ScriptedServer server = new ScriptedServer(
                json(403, "{'detail':{'license':'" + KEY + "','why':'expired'},'code':7}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 403: "
                        + "{\"license\":\"xxxxxx\",\"why\":\"expired\"}");
                assertThat(e.code()).as("a code that is not text is no code").isNull();
            });
        }
    }

    @Test
    void aValidationListRepeatingTheKeyHidesIt() throws Exception {
        try (ScriptedServer server = new ScriptedServer(
                json(422, "{'detail':[{'loc':['header'],'msg':'bad key " + KEY + "'}]}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class)
                    .hasMessageEndingWith("HTTP 422: header: bad key xxxxxx");
        }
    }

    @Test
    void anErrorAnswerWithoutDetailShowsItsBodyWithTheKeyHidden() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(400, "{'error':'no " + KEY + "'}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 400: {\"error\":\"no xxxxxx\"}");
                assertThat(e.bodyExcerpt()).isEqualTo("{\"error\":\"no xxxxxx\"}");
                assertThat(e.serviceError()).isNull();
            });
        }
    }

    @Test
    void anErrorAnswerThatIsAJsonListIsNotTakenForDetail() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(400, "['detail']"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI limits failed: HTTP 400: [\"detail\"]");
        }
    }

    @Test
    void aSuccessThatIsNotAJsonObjectIsMalformed() throws Exception {
        for (Answer answer : List.of(json(200, "['a']"), text(200, "<html>ok</html>"), json(204, ""))) {
            try (ScriptedServer server = new ScriptedServer(answer);
                 LalalClient client = server.client("v1", KEY, 0, QUICK)) {

                assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e.getMessage()).startsWith("LALAL.AI limits failed: malformed answer: ");
                    assertThat(e.httpStatus()).isEqualTo(answer.status());
                });
            }
        }
    }

    @Test
    void aSuccessOutside200To299IsNoSuccess() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(300, "{'minutes_left':5}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI limits failed: HTTP 300: {\"minutes_left\":5}");
        }
        try (ScriptedServer server = new ScriptedServer(json(299, "{'minutes_left':5}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThat(client.limits().leftMinutes()).isEqualTo(5.0);
        }
    }

    @Test
    void anAnswerOverFourMebibytesIsRefusedNotRead() throws Exception {
        byte[] huge = new byte[4 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        byte[] limit = new byte[4 * 1024 * 1024];
        java.util.Arrays.fill(limit, (byte) ' ');
        byte[] body = "{\"minutes_left\":3}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(body, 0, limit, 0, body.length);
        try (ScriptedServer server = new ScriptedServer(
                new Answer(200, java.util.Map.of("Content-Type", "application/json"), huge),
                new Answer(200, java.util.Map.of("Content-Type", "application/json"), limit));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: answer larger than 4194304 bytes");
                assertThat(e.httpStatus()).isEqualTo(200);
            });
            assertThat(client.limits().leftMinutes()).as("exactly 4 MiB is read").isEqualTo(3.0);
        }
    }

    @Test
    void aLostAnswerIsRetriedForACheckAndReportedAsNoAnswer() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.none());
             LalalClient client = server.client("v1", KEY, 1, QUICK)) {

            assertThatThrownBy(() -> client.cancel(List.of(TASK)))
                    .isInstanceOfSatisfying(LalalTransportException.class, e -> {
                        assertThat(e.getMessage()).startsWith("LALAL.AI cancel failed for ids [" + TASK
                                + "]: no answer (");
                        assertThat(e.operation()).isEqualTo(ApiOperation.CANCEL);
                        assertThat(e.fileIds()).containsExactly(TASK);
                        assertThat(e.getCause()).isNotNull();
                    });
            assertThat(server.seen()).hasSize(2);
        }
    }

    @Test
    void aLostAnswerThenSuccessReturnsTheAnswer() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.none(), json(200, "{'minutes_left':2.5}"));
             LalalClient client = server.client("v1", KEY, 1, QUICK)) {

            assertThat(client.limits().leftMinutes()).isEqualTo(2.5);
        }
    }

    @Test
    void aLostAnswerToAnUploadIsNotRepeated() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.none());
             LalalClient client = server.client("v1", KEY, 3, QUICK)) {

            assertThatThrownBy(() -> client.upload("a.wav", new byte[] {1})).isInstanceOf(
                    LalalTransportException.class).hasMessageStartingWith("LALAL.AI upload failed: no answer (");
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void moreThanTenIdsAreNamedByTheFirstTenAndACount() throws Exception {
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> "t" + i).toList();
        try (ScriptedServer server = new ScriptedServer(json(400, "{'detail':'nope'}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(() -> client.check(ids)).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI check failed for ids [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9] and 2 more: "
                            + "HTTP 400: nope");
            assertThatThrownBy(() -> client.check(ids.subList(0, 10))).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI check failed for ids [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9]: HTTP 400: "
                            + "nope");
            assertThatThrownBy(client::cancelAll).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI cancel all failed: HTTP 400: nope");
        }
    }

    @Test
    void aKeyAlreadyUsedAfterA429IsTheServicesWordsOnly() throws Exception {
        // a 429 is an answer: the refused attempt started nothing, so nothing is said about an earlier start
        try (ScriptedServer server = new ScriptedServer(
                json(429, "{'detail':'Too many requests','code':'too_many_requests'}").with("Retry-After", "0"),
                json(409, "{'detail':'Idempotency key already used','code':'idempotency_key_used'}"));
             LalalClient client = server.client("v1", KEY, 1, QUICK)) {

            assertThatThrownBy(() -> client.split(SplitRequest.forFile("src-1").build()))
                    .isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI split failed for ids [src-1]: HTTP 409: Idempotency key already used "
                            + "(idempotency_key_used)");
            assertThat(server.seen()).hasSize(2);
        }
    }

    @Test
    void anEmptyErrorAnswerIsNotJson() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(502, ""));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOf(LalalApiException.class)
                    .hasMessage("LALAL.AI limits failed: HTTP 502 (not JSON): ");
        }
    }

    @Test
    void a407WithoutAConfiguredProxyNamesTheSettingsToSet() throws Exception {
        try (ScriptedServer server = new ScriptedServer(text(407, "<html>proxy login</html>"));
             LalalClient client = server.client("v1", KEY, 2, QUICK)) {

            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("LALAL.AI limits failed: HTTP 407: proxy authentication "
                        + "required by a proxy on the way, not a configured one; set proxyHost and proxyPort, and "
                        + "proxyUsername and proxyPassword");
                assertThat(e.httpStatus()).isEqualTo(407);
                assertThat(e.bodyExcerpt()).isEqualTo("<html>proxy login</html>");
            });
            assertThat(server.seen()).hasSize(1);
        }
    }
}
