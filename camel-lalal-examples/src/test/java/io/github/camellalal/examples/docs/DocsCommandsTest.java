package io.github.camellalal.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.examples.docs.DocCommandAudit.Exemption;
import io.github.camellalal.examples.docs.DocCommands.DocCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shell command of README.md, docs/*.md and every module's README.md is run by CI ({@code .ci/}: as a line
 * there, or within a marked block of its doc that {@code run_block} or {@code start_block} runs as it stands), or is
 * listed in {@link #EXEMPT} with the reason CI does not run it. A command added to a doc without either fails this
 * test, naming the doc, the line and the command.
 */
class DocsCommandsTest {

    private static final Path ROOT = Path.of("..");

    /** The documented commands CI does not run, by their text (comments dropped, white space collapsed). */
    static final Map<String, Exemption> EXEMPT = Map.ofEntries(
            Map.entry("mvn install -DskipTests", new Exemption("installs the snapshot jars into the local Maven "
                    + "repository, where every later build on that machine would resolve them instead of the "
                    + "reactor's; the jars it installs are those `mvn -B -ntp verify` builds and tests", null)),
            Map.entry("LALAL_API_KEY=... mvn -B -ntp -pl camel-lalal-examples-first-route -am package exec:java "
                    + "-DskipTests", new Exemption("the real service: needs a LALAL.AI license and the internet; CI "
                    + "runs the README's emulator variant of it, FirstRouteIT its main class", "FirstRouteIT")),
            Map.entry("mvn -B -q -pl camel-lalal-benchmarks -am package exec:exec -DskipTests",
                    new Exemption("the full-size benchmark (1 GiB each way per round, 10,000 tracked tasks): far "
                            + "beyond CI's time on 2 cores, not timed here; `mvn -B -ntp verify` runs it at smoke size",
                            "BenchmarkSmokeIT")),
            Map.entry("mvn -B -q -pl camel-lalal-benchmarks -am package exec:exec -DskipTests "
                    + "-Dbench.main=io.github.camellalal.benchmarks.CheckLatencyMain "
                    + "-Dbench.args=\"--tasks=1000,10000\"",
                    new Exemption("about 3 minutes, 2 of them a real-time row (README); `mvn -B -ntp verify` runs "
                            + "the simulation small (CheckSimulationTest) and in real time on the emulator "
                            + "(CheckLatencySmokeIT)", "CheckLatencySmokeIT")),
            Map.entry("mvn -B -q -pl camel-lalal-benchmarks -am package exec:exec -DskipTests "
                    + "-Dbench.main=io.github.camellalal.benchmarks.TaskStoreBenchmarkMain -Dbench.jvm=-Xmx2g "
                    + "-Dbench.args=\"10000 100000\"",
                    new Exemption("the stores' full-size benchmark (100,000 tasks per store, embedded PostgreSQL): "
                            + "beyond CI's time, not timed here, and no smaller run exists; what every store does is "
                            + "tested in `mvn -B -ntp verify` on memory, file and PostgreSQL",
                            "TaskStoreContractTest")),
            Map.entry("mvn -B -Pmutation -pl lalal-client,camel-lalal-component -am test",
                    new Exemption("mutation testing runs the unit tests once per mutant of two modules: far beyond "
                            + "CI's time on 2 cores, not timed here; a maintainer runs it when the tests change",
                            null)),
            Map.entry("LALAL_API_KEY=... mvn -B -ntp -pl camel-lalal-examples -am package exec:java -DskipTests",
                    new Exemption("the real service: needs a LALAL.AI license and the internet; the same command "
                            + "without the key runs in CI on the embedded emulator", null)),
            Map.entry("mvn -B -ntp -pl camel-lalal-examples -am package exec:java -DskipTests "
                    + "-Dexec.mainClass=io.github.camellalal.examples.FlowApplication "
                    + "-Dexec.args=\"ftp camel-lalal-examples/my-flows.properties\"",
                    new Exemption("needs the user's own FTP (S3, Kafka) server and my-flows.properties; "
                            + "FlowApplicationIT starts every flow from the example file and runs the FTP flow end "
                            + "to end", "FlowApplicationIT")),
            Map.entry("LALAL_API_KEY=... mvn -B -ntp -pl camel-lalal-examples-spring-boot -am package exec:java "
                    + "-DskipTests", new Exemption("the real service: needs a LALAL.AI license and the internet; "
                    + "SpringBootStemsIT runs the application against the emulator", "SpringBootStemsIT")),
            Map.entry("mvn -B -ntp verify -pl camel-lalal-examples-spring-boot -am -Dtest=none "
                    + "-Dit.test=SpringBootStemsIT,SpringBootStemsHttpsIT -Dsurefire.failIfNoSpecifiedTests=false "
                    + "-Dfailsafe.failIfNoSpecifiedTests=false",
                    new Exemption("runs two ITs of `mvn -B -ntp verify`, which CI runs in full; CI runs the same "
                            + "command's form of the examples README (DemoIT) and its boot4 form as written",
                            "SpringBootStemsHttpsIT")));

    @Test
    void everyDocumentedCommandIsRunByCiOrExemptedWithAReason() throws IOException {
        List<DocCommand> commands = new ArrayList<>();
        for (Path doc : docs()) {
            commands.addAll(DocCommands.extract(ROOT.relativize(doc).toString().replace('\\', '/'),
                    Files.readString(doc)));
        }
        DocCommandAudit audit = new DocCommandAudit(ciScripts());

        assertThat(commands).as("commands found in the docs").hasSizeGreaterThan(20);
        assertThat(audit.ciBlocks()).as("doc blocks .ci/ runs").isNotEmpty();
        assertThat(audit.problems(commands, EXEMPT)).as("documented commands").isEmpty();
    }

    @Test
    void everyExemptionGivesAReasonAndNamesATestThatExists() throws IOException {
        List<String> testFiles;
        try (Stream<Path> files = Files.walk(ROOT)) {
            testFiles = files.filter(f -> f.toString().contains("src" + f.getFileSystem().getSeparator() + "test"))
                    .map(f -> f.getFileName().toString()).toList();
        }
        EXEMPT.forEach((command, exemption) -> {
            assertThat(exemption.reason()).as("reason for %s", command).hasSizeGreaterThan(30);
            if (exemption.test() != null) {
                assertThat(testFiles).as("test named for %s", command).contains(exemption.test() + ".java");
            }
        });
    }

    /** README.md, docs/*.md and the README.md of every module the root pom lists. */
    static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        assertThat(modules).as("modules of the root pom").contains("camel-lalal-examples", "camel-lalal-emulator");
        modules.stream().map(m -> ROOT.resolve(m).resolve("README.md")).filter(Files::isRegularFile)
                .forEach(docs::add);
        return docs;
    }

    /** The text of every file of .ci/ ({@code run} and the scripts it sources). */
    private static String ciScripts() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(".ci"))) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
