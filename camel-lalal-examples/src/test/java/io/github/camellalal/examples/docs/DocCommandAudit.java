package io.github.camellalal.examples.docs;

import io.github.camellalal.examples.docs.DocCommands.DocCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which documented commands the CI scripts run and which are exempted, and what is wrong with the two lists: a
 * command that is neither run nor exempted, one that is both, an exemption no doc shows, a block CI names that its
 * doc lacks.
 */
final class DocCommandAudit {

    /** A command that CI does not run, why not, and the test (class name) that runs what it runs, if one does. */
    record Exemption(String reason, String test) {
    }

    /** How .ci/ scripts run a doc's marked block: a helper named *_block or *_session given the doc and name. */
    private static final Pattern BLOCK_RUN =
            Pattern.compile("\\b\\w+_(?:block|session)\\s+(\\S+\\.md)\\s+([\\w.-]+)");

    private final List<String> ciLines = new ArrayList<>();
    private final Set<String> ciBlocks = new HashSet<>();

    /** The audit of the CI scripts' text {@code ci} (all files of .ci/, concatenated). */
    DocCommandAudit(String ci) {
        StringBuilder logical = new StringBuilder();
        for (String line : ci.split("\\R")) {
            Matcher m = BLOCK_RUN.matcher(line);
            while (m.find()) {
                ciBlocks.add(m.group(1) + "#" + m.group(2));
            }
            String code = DocCommands.stripComment(line);
            if (code.endsWith("\\")) {
                logical.append(code, 0, code.length() - 1).append(' ');
                continue;
            }
            logical.append(code);
            String command = DocCommands.normalize(logical.toString());
            if (!command.isEmpty()) {
                ciLines.add(command);
            }
            logical.setLength(0);
        }
    }

    /** Whether CI runs the command: as a line of its own (perhaps after a prefix), or as part of a block it runs. */
    boolean runByCi(DocCommand command) {
        if (command.region() != null && ciBlocks.contains(command.file() + "#" + command.region())) {
            return true;
        }
        return ciLines.stream().anyMatch(l -> l.equals(command.text()) || l.endsWith(" " + command.text()));
    }

    /** The blocks CI runs, as {@code doc#name}. */
    Set<String> ciBlocks() {
        return ciBlocks;
    }

    /**
     * Everything wrong: each a line naming the doc, line and command, or the exemption or block at fault.
     *
     * @param commands   every command of every doc
     * @param exemptions the commands CI does not run, by their normalized text
     */
    List<String> problems(List<DocCommand> commands, Map<String, Exemption> exemptions) {
        List<String> problems = new ArrayList<>();
        Set<String> runTexts = new HashSet<>(); // a command CI runs from one doc is run as any doc shows it
        commands.stream().filter(this::runByCi).forEach(c -> runTexts.add(c.text()));
        Set<String> shown = new HashSet<>();
        Set<String> blocksShown = new HashSet<>();
        for (DocCommand c : commands) {
            shown.add(c.text());
            if (c.region() != null) {
                blocksShown.add(c.file() + "#" + c.region());
            }
            boolean run = runTexts.contains(c.text());
            boolean exempt = exemptions.containsKey(c.text());
            if (!run && !exempt) {
                problems.add(c + "\n    neither run by .ci/ (a line there, or a block <!-- name:start --> ... "
                        + "<!-- name:end --> around it that run_block runs there) nor exempted in DocsCommandsTest");
            } else if (run && exempt) {
                problems.add(c + "\n    is run by .ci/ and exempted too: drop its exemption");
            }
        }
        exemptions.keySet().stream().filter(e -> !shown.contains(e)).sorted()
                .forEach(e -> problems.add("exemption of a command no doc shows: " + e));
        ciBlocks.stream().filter(b -> !blocksShown.contains(b)).sorted()
                .forEach(b -> problems.add(".ci/ runs block " + b + ", which holds no command"));
        return problems;
    }
}
