package io.github.camellalal.client.v1;

import static io.github.camellalal.client.ScriptedServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.ScriptedServer;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.TaskStart;
import io.github.camellalal.client.UploadResult;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The v1 client's reading of each answer the OpenAPI allows (upload, cancel all, limits) and its refusals before any
 * request; against a scripted server on loopback, which also shows the requests sent.
 */
class V1ClientAnswersTest {

    private static final String KEY = "answers-key-2f9a";
    private static final Duration QUICK = Duration.ofMillis(50);

    @Test
    void anUploadAnswerGivesIdNameSizeDurationAndExpiry() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'id':'f-1','name':'stored.wav','size':44,"
                + "'duration':1.5,'expires':1700000000}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            UploadResult r = client.upload("song.wav", new byte[] {1, 2, 3});

            assertThat(r).isEqualTo(new UploadResult("f-1", "stored.wav", 44L, 1.5,
                    Instant.ofEpochSecond(1700000000)));
            assertThat(server.seen()).singleElement().satisfies(s -> {
                assertThat(s.method()).isEqualTo("POST");
                assertThat(s.path()).isEqualTo("/api/v1/upload/");
                assertThat(s.licenseKey()).isEqualTo(KEY);
                assertThat(s.body()).isEqualTo("\u0001\u0002\u0003");
            });
        }
    }

    @Test
    void anUploadAnswerWithOnlyAnIdKeepsTheGivenName() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'id':'f-2','size':'big','duration':'long'}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThat(client.upload("song.wav", new ByteArrayInputStream(new byte[] {9}), 1))
                    .isEqualTo(new UploadResult("f-2", "song.wav", null, null, null));
        }
    }

    @Test
    void anExpiryAsTextIsRead() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'id':'f-3','expires':'1700000001'}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThat(client.upload("a.wav", new byte[] {1}).expires()).isEqualTo(Instant.ofEpochSecond(1700000001));
        }
    }

    @Test
    void aFileIsUploadedWithItsBytes(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("in.wav"), new byte[] {7, 8});
        try (ScriptedServer server = new ScriptedServer(json(200, "{'id':'f-4'}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThat(client.upload(file, "named.wav").name()).isEqualTo("named.wav");
            assertThat(server.seen()).singleElement().extracting(ScriptedServer.Seen::body)
                    .isEqualTo("\u0007\u0008");
        }
    }

    @Test
    void anUploadAnswerWithoutIdIsMalformed() throws Exception {
        for (String answer : List.of("{'name':'x'}", "{'id':' '}")) {
            try (ScriptedServer server = new ScriptedServer(json(200, answer));
                 LalalClient client = server.client("v1", KEY, 0, QUICK)) {

                assertThatThrownBy(() -> client.upload("a.wav", new byte[] {1}))
                        .isInstanceOfSatisfying(LalalApiException.class, e -> {
                            assertThat(e.getMessage()).isEqualTo("LALAL.AI upload failed: the answer has no id");
                            assertThat(e.operation()).isEqualTo(ApiOperation.UPLOAD);
                            assertThat(e.httpStatus()).isEqualTo(200);
                            assertThat(e.bodyExcerpt()).isEqualTo(answer.replace('\'', '"'));
                        });
            }
        }
    }

    @Test
    void cancelAllListsOnlyTheTasksItCancelled() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'result':{'t1':{'status':'success'},"
                + "'t2':{'status':'error','error':'not running'},'t3':{'status':'success'}}}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThat(client.cancelAll()).containsExactly("t1", "t3");
            assertThat(server.seen()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo("/api/v1/cancel/all/");
                assertThat(s.body()).isEmpty();
            });
        }
    }

    @Test
    void cancelSendsEachIdOnceTrimmed() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'result':{'t1':{'status':'success'},"
                + "'t2':{'status':'success'}}}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            client.cancel(List.of(" t1 ", "t2", "t1"));

            assertThat(server.seen()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo("/api/v1/cancel/");
                assertThat(s.body()).isEqualTo("{\"task_ids\":[\"t1\",\"t2\"]}");
            });
        }
    }

    @Test
    void deleteSendsTheSourceId() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            client.delete("f-9");

            assertThat(server.seen()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo("/api/v1/delete/");
                assertThat(s.body()).isEqualTo("{\"source_id\":\"f-9\"}");
            });
        }
    }

    @Test
    void limitsWithoutMinutesLeftAreUnknown() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'minutes_left':'many'}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThat(client.limits().leftMinutes()).isNull();
            assertThat(server.seen()).singleElement().extracting(ScriptedServer.Seen::path)
                    .isEqualTo("/api/v1/limits/minutes_left/");
        }
    }

    @Test
    void aCheckOfMoreThanTwoHundredIdsIsSplitAndAnIdMissingFromTheAnswerIsUnknown() throws Exception {
        List<String> ids = java.util.stream.IntStream.range(0, 201).mapToObj(i -> "t" + i).toList();
        try (ScriptedServer server = new ScriptedServer(json(200, "{'result':{'t0':{'status':'success'}}}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            var statuses = client.check(ids);

            assertThat(statuses).hasSize(201).containsOnlyKeys(ids);
            assertThat(statuses.get("t0").known()).isTrue();
            assertThat(statuses.get("t200").known()).isFalse();
            assertThat(server.seen()).hasSize(2);
            assertThat(server.seen().get(1).body()).isEqualTo("{\"task_ids\":[\"t200\"]}");
        }
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK);
             LalalClient keyless = LalalClient.create(LalalClientConfig.builder().apiVersion("v1")
                     .baseUrl("http://127.0.0.1:9").build())) {

            assertRefused(() -> client.delete(null), "fileId");
            assertRefused(() -> client.delete(" "), "fileId");
            assertRefused(() -> client.cancel(List.of()), "taskIds");
            assertRefused(() -> client.check(List.of()), "taskIds");
            assertRefused(() -> client.check(Arrays.asList("t1", null)), "taskId");
            assertRefused(() -> client.check(List.of("t1", " ")), "taskId");
            assertRefused(() -> client.startSplits(List.of()), "fileIds");
            assertRefused(() -> client.startSplits(null), "fileIds");
            assertRefused(() -> client.split(List.of(SplitRequest.forFile("a").build(),
                    SplitRequest.forFile("b").enhancedProcessing(true).build())), "enhancedProcessing");
            assertRefused(keyless::limits, "apiKey");
            assertThat(server.seen()).isEmpty();
        }
    }

    @Test
    void itsTextIsTheConfigsWithoutTheKey() {
        try (LalalClient client = LalalClient.create(LalalClientConfig.builder().apiVersion("v1").apiKey(KEY)
                .baseUrl("http://127.0.0.1:9").build())) {
            assertThat(client.toString()).startsWith("V1LalalClient[LalalClientConfig[baseUrl=http://127.0.0.1:9")
                    .doesNotContain(KEY);
        }
    }

    @Test
    void exactlyTwoHundredIdsAreOneCheck() throws Exception {
        List<String> ids = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "t" + i).toList();
        try (ScriptedServer server = new ScriptedServer(json(200, "{'result':{}}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertThat(client.check(ids)).hasSize(200);
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void exactlyHundredFilesAreOneBatchAndEachStartNamesItsSource() throws Exception {
        List<SplitRequest> requests = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> SplitRequest.forFile("s" + i).build()).toList();
        String results = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "{'task_id':'t" + i + "'}")
                .collect(java.util.stream.Collectors.joining(",", "{'results':[", "]}"));
        try (ScriptedServer server = new ScriptedServer(json(200, results));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            List<TaskStart> starts = client.startSplits(requests);

            assertThat(starts).hasSize(100);
            assertThat(starts.get(99)).isEqualTo(new TaskStart("s99", "t99", null, null));
            assertThat(server.seen()).singleElement().extracting(ScriptedServer.Seen::path)
                    .isEqualTo("/api/v1/split/batch/stem_separator/");
        }
    }

    @Test
    void aClosedClientSendsNothing() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'minutes_left':1}"))) {
            LalalClient client = server.client("v1", KEY, 0, QUICK);
            client.close();

            assertThatThrownBy(client::limits).isInstanceOf(RuntimeException.class);
            assertThat(server.seen()).isEmpty();
        }
    }

    @Test
    void aNullIdListIsRefused() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{}"));
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            assertRefused(() -> client.check((java.util.Collection<String>) null), "taskIds");
            assertThat(server.seen()).isEmpty();
        }
    }

    @Test
    void tracksDownloadToAFileAndAsAStream(@TempDir Path dir) throws Exception {
        ScriptedServer.Answer track = new ScriptedServer.Answer(200, java.util.Map.of("Content-Type", "audio/wav",
                "Content-Disposition", "attachment; filename=\"drum.wav\""), new byte[] {4, 5, 6});
        try (ScriptedServer server = new ScriptedServer(track);
             LalalClient client = server.client("v1", KEY, 0, QUICK)) {

            var saved = client.download(server.baseUrl() + "/media/t1", dir.resolve("out.wav"));
            assertThat(saved.bytes()).isEqualTo(3);
            assertThat(Files.readAllBytes(dir.resolve("out.wav"))).containsExactly(4, 5, 6);
            try (var open = client.openDownload(server.baseUrl() + "/media/t1")) {
                assertThat(open.fileName()).isEqualTo("drum.wav");
                assertThat(open.body().readAllBytes()).containsExactly(4, 5, 6);
            }
            assertThat(server.seen()).allSatisfy(s -> assertThat(s.licenseKey()).isNull());
        }
    }

    @Test
    void theFactoryMakesAV1Client() {
        V1LalalClientFactory factory = new V1LalalClientFactory();
        try (LalalClient client = factory.create(LalalClientConfig.builder().baseUrl("http://127.0.0.1:9").build())) {
            assertThat(client).isInstanceOf(V1LalalClient.class);
            assertThat(factory.api()).isEqualTo("v1");
        }
    }

    private static void assertRefused(Runnable call, String option) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LalalValidationException.class,
                e -> assertThat(e.option()).isEqualTo(option));
    }
}
