package io.github.camellalal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of this module in a fresh JVM on the same classpath, bounded in time. */
final class ChildJvm {

    private static final long TIMEOUT_MINUTES = 10;

    private ChildJvm() {
    }

    /** Runs {@code main} and returns what it printed; fails when it exits non-zero or times out. */
    static String run(List<String> jvmOptions, Class<?> main, Path tmpDir, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.io.tmpdir=" + tmpDir);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return exec(command, tmpDir);
    }

    /** Runs a command and returns its output (stdout and stderr). */
    static String exec(List<String> command, Path tmpDir) throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmpDir, "child-", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("timed out after " + TIMEOUT_MINUTES + " min: " + command.get(0));
            }
            String out = Files.readString(log);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + " of " + String.join(" ", command.subList(
                        Math.max(0, command.size() - 4), command.size())) + ":\n" + tail(out));
            }
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String tail(String out) {
        return out.length() < 6000 ? out : out.substring(0, 3000) + "\n...\n" + out.substring(out.length() - 3000);
    }
}
