package io.github.camellalal.client;

import static io.github.camellalal.client.ScriptedServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every adapter gets from {@link LalalClient}'s defaults: the adapter chosen by API name, an upload named after
 * its file, one start per request, and a v1-only operation refused by name; against a scripted v0 server.
 */
class LalalClientDefaultsTest {

    private static final String KEY = "defaults-key-6a0c";
    private static final Duration QUICK = Duration.ofMillis(50);

    @Test
    void anUnknownApiNamesTheAdaptersFound() {
        LalalClientConfig config = LalalClientConfig.builder().build();

        assertThatThrownBy(() -> LalalClient.create("v9", config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No LALAL.AI client for API 'v9'; adapters found: [")
                .hasMessageContaining("v0").hasMessageContaining("v1");
        try (LalalClient v1 = LalalClient.create("v1", config)) {
            assertThat(v1.api()).isEqualTo("v1");
        }
    }

    @Test
    void aFileIsUploadedUnderItsOwnName(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("take-1.wav"), new byte[] {1, 2});
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','id':'f-1'}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThat(client.upload(file).name()).isEqualTo("take-1.wav");
            assertThatThrownBy(() -> client.upload((Path) null)).isInstanceOfSatisfying(
                    LalalValidationException.class, e -> assertThat(e.option()).isEqualTo("file"));
            assertThatThrownBy(() -> client.upload(dir.getRoot())).isInstanceOf(LalalValidationException.class)
                    .hasMessageContaining("a file to upload");
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void startsAreOnePerRequestInOrder() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success'}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThat(client.startSplits(List.of(SplitRequest.forFile("f-1").build(),
                    SplitRequest.forFile("f-2").build()))).containsExactly(new TaskStart("f-1", "f-1", null, null),
                            new TaskStart("f-2", "f-2", null, null));
            assertThat(client.split(SplitRequest.forFile("f-3").build())).isEqualTo("f-3");
            assertThat(client.api()).isEqualTo("v0");
        }
    }

    @Test
    void checkOfOneIdGivesItsStatus() throws Exception {
        try (ScriptedServer server = new ScriptedServer(json(200, "{'status':'success','result':{"
                + "'f-1':{'status':'success','name':'a.wav'}}}"));
             LalalClient client = server.client("v0", KEY, 0, QUICK)) {

            assertThat(client.check("f-1").name()).isEqualTo("a.wav");
        }
    }
}
