package io.github.camellalal.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.examples.docs.DocCommandAudit.Exemption;
import io.github.camellalal.examples.docs.DocCommands.DocCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link DocCommands} takes for a command, and what {@link DocCommandAudit} reports about one. */
class DocCommandsTest {

    private static final String NOT_RUN = "    neither run by .ci/ (a line there, or a block <!-- name:start --> ... "
            + "<!-- name:end --> around it that run_block runs there) nor exempted in DocsCommandsTest";

    private static final String SAMPLE = """
            # Title

            ```bash
            mvn -B verify   # run all tests
            # a comment line
            curl -s --form-string "params=[{\\"id\\":\\"#1\\"}]" \\
                http://127.0.0.1:8089/api/split/

            ```

            ```console
            $ java -jar emulator.jar --port 8089
            LALAL.AI emulator: http://127.0.0.1:8089
            ```

            ```
            mvn -B -pl tools package
            this is output, not a command
            ./run.sh
            ```

            ```java
            mvn("not a shell command");
            ```

            <!-- session:start -->
            ```sh
            cd some/where
            kill %1
            ```
            <!-- session:end -->

            ```properties
            java = 17
            ```
            """;

    @Test
    void takesTheCommandsOfShellBlocksAndCommandLikeLinesOfUnmarkedBlocks() {
        assertThat(DocCommands.extract("doc.md", SAMPLE)).containsExactly(
                new DocCommand("doc.md", 4, "mvn -B verify", null),
                new DocCommand("doc.md", 6, "curl -s --form-string \"params=[{\\\"id\\\":\\\"#1\\\"}]\" "
                        + "http://127.0.0.1:8089/api/split/", null),
                new DocCommand("doc.md", 12, "java -jar emulator.jar --port 8089", null),
                new DocCommand("doc.md", 17, "mvn -B -pl tools package", null),
                new DocCommand("doc.md", 19, "./run.sh", null),
                new DocCommand("doc.md", 28, "cd some/where", "session"),
                new DocCommand("doc.md", 29, "kill %1", "session"));
    }

    @Test
    void aCommentStartsOnlyAtAHashAfterWhiteSpaceOutsideQuotes() {
        assertThat(DocCommands.stripComment("echo a#b '# c' \"# d\" # e")).isEqualTo("echo a#b '# c' \"# d\"");
        assertThat(DocCommands.stripComment("# all of it")).isEmpty();
        String download = "curl -O \"$(echo \"$c\" | sed 's/\"x\" *: *\"\\([^\"]*\\)\"/\\1/')\"";
        assertThat(DocCommands.stripComment(download + "   # x.mp3")).isEqualTo(download);
    }

    @Test
    void aCommandNeitherRunNorExemptedIsReportedWithItsDocLineAndText() {
        List<DocCommand> commands = DocCommands.extract("doc.md", SAMPLE);
        String ci = """
                mvn -B verify
                timeout 60 curl -s --form-string "params=[{\\"id\\":\\"#1\\"}]" \\
                  http://127.0.0.1:8089/api/split/
                run_block doc.md session . 60   # the cd and the kill
                # ./run.sh is only mentioned here
                """;
        Map<String, Exemption> exempt = Map.of(
                "java -jar emulator.jar --port 8089", new Exemption("runs until stopped", null),
                "mvn -B verify", new Exemption("also run", null),
                "camel run route.yaml", new Exemption("shown nowhere", null));

        assertThat(new DocCommandAudit(ci).problems(commands, exempt)).containsExactly(
                "doc.md:4: mvn -B verify\n    is run by .ci/ and exempted too: drop its exemption",
                "doc.md:17: mvn -B -pl tools package\n" + NOT_RUN,
                "doc.md:19: ./run.sh\n" + NOT_RUN,
                "exemption of a command no doc shows: camel run route.yaml");
    }

    @Test
    void aBlockCiRunsThatItsDocLacksIsReported() {
        assertThat(new DocCommandAudit("start_block doc.md gone log 60").problems(List.of(), Map.of()))
                .containsExactly(".ci/ runs block doc.md#gone, which holds no command");
    }

    @Test
    void aCiLineRunsACommandOnlyWhenItIsTheWholeLineOrItsEnd() {
        DocCommandAudit audit = new DocCommandAudit("mvn -B -ntp verify -pl x\nLALAL_API_KEY=k mvn -B package\n");
        assertThat(audit.runByCi(new DocCommand("d.md", 1, "mvn -B -ntp verify", null))).isFalse();
        assertThat(audit.runByCi(new DocCommand("d.md", 1, "mvn -B package", null))).isTrue();
        assertThat(audit.runByCi(new DocCommand("d.md", 1, "cd x", "other"))).isFalse();
    }
}
