package io.github.camellalal.examples.docs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell commands a Markdown document shows: every command line of a fenced block marked {@code bash}, {@code sh},
 * {@code shell} or {@code console} (there only the lines after a {@code $} prompt), and the lines of an unmarked
 * block that start like a command ({@code mvn }, {@code java }, {@code curl }, {@code camel }, {@code ./},
 * {@code cd }). Lines ending with {@code \} continue on the next; comments and blank lines are no commands.
 */
final class DocCommands {

    /** One command: where it starts, its text with comments dropped and white space collapsed, its marked region. */
    record DocCommand(String file, int line, String text, String region) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text;
        }
    }

    private static final Set<String> SHELL = Set.of("bash", "sh", "shell", "console");
    private static final List<String> COMMAND_STARTS = List.of("mvn ", "java ", "curl ", "camel ", "./", "cd ");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*([\\w+-]*).*$");
    private static final Pattern REGION = Pattern.compile("^\\s*<!--\\s*([\\w.-]+):(start|end)\\s*-->\\s*$");

    private DocCommands() {
    }

    /** The commands of {@code markdown}, named by {@code file} (a path relative to the repository root). */
    static List<DocCommand> extract(String file, String markdown) {
        List<DocCommand> commands = new ArrayList<>();
        String[] lines = markdown.split("\\R", -1);
        String fence = null;
        String kind = null;
        String region = null;
        StringBuilder pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence == null) {
                Matcher r = REGION.matcher(line);
                if (r.matches()) {
                    region = r.group(2).equals("start") ? r.group(1) : null;
                    continue;
                }
                Matcher f = FENCE.matcher(line);
                if (f.matches()) {
                    fence = f.group(1);
                    kind = f.group(2).toLowerCase();
                }
                continue;
            }
            if (line.trim().startsWith(fence) && line.trim().replace(fence.substring(0, 1), "").isEmpty()) {
                if (pending != null) { // a continuation that never ended is still a command
                    add(commands, file, pendingLine, pending.toString(), region);
                    pending = null;
                }
                fence = null;
                continue;
            }
            String text = line;
            if (pending == null) {
                text = commandLine(kind, line);
                if (text == null) {
                    continue;
                }
                pending = new StringBuilder();
                pendingLine = i + 1;
            }
            String code = stripComment(text);
            if (code.endsWith("\\")) {
                pending.append(code, 0, code.length() - 1).append(' ');
            } else {
                pending.append(code);
                add(commands, file, pendingLine, pending.toString(), region);
                pending = null;
            }
        }
        return commands;
    }

    /** The command a block's line starts, or null when the line is none (output, comment, blank, other code). */
    private static String commandLine(String kind, String line) {
        String t = line.trim();
        if (t.isEmpty() || t.startsWith("#")) {
            return null;
        }
        if (kind.equals("console")) {
            return t.startsWith("$ ") ? t.substring(2) : null;
        }
        if (SHELL.contains(kind)) {
            return t;
        }
        if (kind.isEmpty() && COMMAND_STARTS.stream().anyMatch(t::startsWith)) {
            return t;
        }
        return null;
    }

    private static void add(List<DocCommand> commands, String file, int line, String text, String region) {
        String normalized = normalize(text);
        if (!normalized.isEmpty()) {
            commands.add(new DocCommand(file, line, normalized, region));
        }
    }

    /** White space runs as one space, trimmed: how commands are compared. */
    static String normalize(String command) {
        return command.trim().replaceAll("\\s+", " ");
    }

    /**
     * The line without a shell comment: a {@code #} at its start or after white space, outside quotes (quotes inside
     * a {@code $(...)} within double quotes count on their own, as the shell reads them).
     */
    static String stripComment(String line) {
        boolean single = false;
        boolean dbl = false;
        Deque<Boolean> substitutions = new ArrayDeque<>(); // for each open $(...): whether double quotes were open
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && !single) {
                i++;
            } else if (c == '$' && !single && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                substitutions.push(dbl);
                dbl = false;
                i++;
            } else if (c == ')' && !single && !dbl && !substitutions.isEmpty()) {
                dbl = substitutions.pop();
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }
}
