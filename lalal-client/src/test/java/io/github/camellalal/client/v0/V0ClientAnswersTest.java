package io.github.camellalal.client.v0;

import static io.github.camellalal.client.ScriptedServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.ScriptedServer;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.UploadResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

/**
 * The v0 client's reading of each answer the contract allows (and of malformed ones), its requests and its
 * refusals before any request; against a scripted server on loopback.
 */
class V0ClientAnswersTest {

    private static final String KEY = "v0-answers-key-8e4b";
    private static final Duration QUICK = Duration.ofMillis(50);

    @Test
    void anUploadAnswerGivesIdSizeDurationAndExpiryAndKeepsTheGivenName() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','id':'f-1','size':44,"
                + "'duration':1.5,'expires':1700000000,'name':'ignored.wav'}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThat(client.upload("song.wav", new byte[] {1})).isEqualTo(new UploadResult("f-1", "song.wav", 44L,
                    1.5, Instant.ofEpochSecond(1700000000)));
            assertThat(server.seen()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo("/api/upload/");
                assertThat(s.authorization()).isEqualTo("license " + KEY);
            });
        }
    }

    @Test
    void anUploadAnswerWithoutExpiryHasNone() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','id':'f-1'}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThat(client.upload("song.wav", new byte[] {1})).isEqualTo(new UploadResult("f-1", "song.wav", null,
                    null, null));
        }
    }

    @Test
    void anUploadAnswerWithoutIdIsMalformed() throws Exception {
        for (String answer : List.of("{'status':'success'}", "{'status':'success','id':' '}")) {
            try (ScriptedServer server = new ScriptedServer(json(200, answer));
                 LalalClient client = server.client("v0", KEY, 0, QUICK)) {

                assertThatThrownBy(() -> client.upload("a.wav", new byte[] {1}))
                        .isInstanceOfSatisfying(LalalApiException.class, e -> {
                            assertThat(e.getMessage()).isEqualTo("LALAL.AI upload failed: the answer has no file id");
                            assertThat(e.httpStatus()).isEqualTo(200);
                            assertThat(e.operation()).isEqualTo(ApiOperation.UPLOAD);
                            assertThat(e.bodyExcerpt()).isEqualTo(answer.replace('\'', '"'));
                        });
            }
        }
    }

    @Test
    void anAnswerOfTheWrongShapeIsMalformedNamingTheOperation() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','id':'f-1','size':'big'}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThatThrownBy(() -> client.upload("a.wav", new byte[] {1}))
                    .isInstanceOfSatisfying(LalalApiException.class, e -> {
                        assertThat(e.getMessage()).startsWith("LALAL.AI upload failed: malformed answer (");
                        assertThat(e.httpStatus()).isEqualTo(200);
                        assertThat(e.bodyExcerpt()).contains("\"size\":\"big\"");
                    });
        }
    }

    @Test
    void checkReadsEachEntryAndAnEntryThatIsNoObjectIsUnknown() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','result':{"
                + "'f-1':{'status':'success','name':'a.wav','task':{'state':'progress','progress':40}},"
                + "'f-2':'odd'}}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            Map<String, FileStatus> statuses = client.check(List.of("f-1", " f-2 ", "f-1", "f-3"));

            assertThat(statuses).containsOnlyKeys("f-1", "f-2", "f-3");
            assertThat(statuses.get("f-1").task().progress()).isEqualTo(40);
            assertThat(statuses.get("f-1").name()).isEqualTo("a.wav");
            assertThat(statuses.get("f-2").known()).isFalse();
            assertThat(statuses.get("f-3").error()).isEqualTo("not in the service's answer");
            assertThat(server.seen()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo("/api/check/");
                assertThat(s.body()).isEqualTo("id=f-1%2Cf-2%2Cf-3");
            });
        }
    }

    @Test
    void aCheckEntryOfTheWrongShapeIsMalformed() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','result':{"
                + "'f-1':{'status':'success','size':'big'}}}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThatThrownBy(() -> client.check("f-1")).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).startsWith("LALAL.AI check failed: malformed answer (");
                assertThat(e.fileIds()).containsExactly("f-1");
                assertThat(e.operation()).isEqualTo(ApiOperation.CHECK);
            });
        }
    }

    @Test
    void splitSendsEveryRequestInOneFormAndReturnsTheFileIds() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success'}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThat(client.split(List.of(SplitRequest.forFile("f-1").build(), SplitRequest.forFile("f-2")
                    .build()))).containsExactly("f-1", "f-2");
            assertThat(server.seen()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo("/api/split/");
                assertThat(s.contentType()).startsWith("application/x-www-form-urlencoded");
                assertThat(java.net.URLDecoder.decode(s.body(), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo("params=[{\"id\":\"f-1\"},{\"id\":\"f-2\"}]");
            });
        }
    }

    @Test
    void limitsCarryEveryFigure() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','option':'pro',"
                + "'email':'a@example.com','process_duration_limit':100.0,'process_duration_used':30.5,"
                + "'process_duration_left':69.5}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThat(client.limits()).isEqualTo(new LicenseLimits("pro", "a@example.com", 100.0, 30.5, 69.5));
        }
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success'}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK);
             LalalClient keyless = LalalClient.create(LalalClientConfig.builder().baseUrl(server.baseUrl())
                     .build())) {

            assertRefused(() -> client.check(List.of()), "fileIds");
            assertRefused(() -> client.cancel(null), "fileIds");
            assertRefused(() -> client.check(List.of("a,b")), "fileId");
            assertRefused(() -> client.check(Arrays.asList("a", null)), "fileId");
            assertRefused(() -> client.check(List.of(" ")), "fileId");
            assertRefused(() -> client.split(List.of()), "fileIds");
            assertRefused(() -> client.split((List<SplitRequest>) null), "fileIds");
            assertRefused(keyless::limits, "apiKey");
            assertThat(server.seen()).isEmpty();
        }
    }

    @Test
    void aClientOnTheCallersHttpClientLeavesItOpen() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success'}"));
             CloseableHttpClient http = HttpClients.createDefault()) {
            LalalClientConfig config = LalalClientConfig.builder().baseUrl(server.baseUrl()).apiKey(KEY).build();
            V0LalalClient client = new V0LalalClient(config, http);

            client.cancel(List.of("f-1"));
            client.close();

            int after = http.execute(new HttpGet(server.baseUrl() + "/after"), r -> r.getCode());
            assertThat(after).isEqualTo(200);
            assertThat(client.toString()).startsWith("V0LalalClient[LalalClientConfig[").doesNotContain(KEY);
        }
    }

    @Test
    void aClientWithItsOwnPoolClosesIt() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success'}"))) {
            LalalClient client = server.client("v0", KEY, 0, QUICK);
            client.close();

            assertThatThrownBy(() -> client.cancel(List.of("f-1"))).isInstanceOf(RuntimeException.class);
            assertThat(server.seen()).isEmpty();
        }
    }

    private static void assertRefused(Runnable call, String option) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LalalValidationException.class,
                e -> assertThat(e.option()).isEqualTo(option));
    }
}
