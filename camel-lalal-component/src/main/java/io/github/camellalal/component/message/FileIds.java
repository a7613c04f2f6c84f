package io.github.camellalal.component.message;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.UploadResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.camel.Message;

/**
 * Finds the file ids an exchange is about: headers first, then the body. Ids are checked, never corrected: an
 * empty entry, a space or any other character an id cannot hold refuses the exchange before any request.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class FileIds {

    /** Ids as upload returns them (UUIDs on the v0 API): letters, digits, '-' and '_'. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
    private static final String ALLOWED = "file ids as upload returned them (letters, digits, '-', '_'), "
            + "comma-separated, without spaces or empty entries";

    private FileIds() {
    }

    /**
     * The ids from header {@code CamelLalalFileIds}, else {@code CamelLalalFileId}, else the body (an id, a
     * comma-separated string, an upload result, a file status, or a collection of those).
     *
     * @throws IllegalArgumentException when none is found, saying where ids are read from
     * @throws LalalValidationException when an id is malformed, naming the header (or body) and the entry
     */
    public static List<String> resolve(Message message) {
        Set<String> ids = new LinkedHashSet<>();
        Object header = message.getHeader(HeaderNames.FILE_IDS);
        if (header != null) {
            collect(HeaderNames.FILE_IDS, header, header, ids);
        } else if (message.getHeader(HeaderNames.FILE_ID) != null) {
            Object id = message.getHeader(HeaderNames.FILE_ID);
            collect(HeaderNames.FILE_ID, id, id, ids);
        } else if (message.getBody() != null) {
            collect("body", message.getBody(), message.getBody(), ids);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("No LALAL.AI file id: set header " + HeaderNames.FILE_ID + " or "
                    + HeaderNames.FILE_IDS + ", or send an id, a list of ids or an upload result as the body");
        }
        return new ArrayList<>(ids);
    }

    /**
     * The task ids from header {@code CamelLalalTaskIds}, else {@code CamelLalalTaskId}, else the file ids of
     * {@link #resolve} (API v0 names a task by its file id).
     */
    public static List<String> resolveTasks(Message message) {
        Set<String> ids = new LinkedHashSet<>();
        Object many = message.getHeader(HeaderNames.TASK_IDS);
        Object one = message.getHeader(HeaderNames.TASK_ID);
        if (many != null) {
            collect(HeaderNames.TASK_IDS, many, many, ids);
        } else if (one != null) {
            collect(HeaderNames.TASK_ID, one, one, ids);
        } else {
            return resolve(message);
        }
        return new ArrayList<>(ids);
    }

    /** Parses a comma-separated list of ids, refusing empty entries and malformed ids; names {@code option}. */
    public static List<String> parse(String option, String value) {
        Set<String> ids = new LinkedHashSet<>();
        collect(option, value, value, ids);
        return new ArrayList<>(ids);
    }

    private static void collect(String source, Object whole, Object value, Set<String> into) {
        if (value instanceof UploadResult u) {
            add(source, whole, u.id(), into);
        } else if (value instanceof FileStatus f) {
            add(source, whole, f.id(), into);
        } else if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                throw new LalalValidationException(source, whole, ALLOWED + "; the list is empty");
            }
            // each element is one id: "a,b" in a list is refused, never sent as two ids
            c.forEach(v -> {
                if (v instanceof String one) {
                    add(source, whole, one, into);
                } else {
                    collect(source, whole, v, into);
                }
            });
        } else if (value instanceof String s) {
            for (String part : s.split(",", -1)) {
                add(source, whole, part, into);
            }
        } else if (value != null && source.equals("body")) {
            return; // another body (e.g. the tracks of process): not an id
        } else {
            add(source, whole, value == null ? null : value.toString(), into);
        }
    }

    private static void add(String source, Object whole, String id, Set<String> into) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new LalalValidationException(source, whole, ALLOWED + "; "
                    + (id == null || id.isEmpty() ? "an entry is empty" : "'" + id + "' is not one"));
        }
        into.add(id);
    }
}
