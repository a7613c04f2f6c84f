package io.github.camellalal.component;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.UploadResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Message;

/** Finds the file ids an exchange is about: headers first, then the body. */
final class FileIds {

    private FileIds() {
    }

    /**
     * The ids from header {@code CamelLalalFileIds}, else {@code CamelLalalFileId}, else the body (an id, a
     * comma-separated string, an upload result, a file status, or a collection of those).
     *
     * @throws IllegalArgumentException when none is found, saying where ids are read from
     */
    static List<String> resolve(Message message) {
        Set<String> ids = new LinkedHashSet<>();
        collect(message.getHeader(LalalConstants.FILE_IDS), ids);
        if (ids.isEmpty()) {
            collect(message.getHeader(LalalConstants.FILE_ID), ids);
        }
        if (ids.isEmpty()) {
            collect(message.getBody(), ids);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("No LALAL.AI file id: set header " + LalalConstants.FILE_ID + " or "
                    + LalalConstants.FILE_IDS + ", or send an id, a list of ids or an upload result as the body");
        }
        return new ArrayList<>(ids);
    }

    private static void collect(Object value, Set<String> into) {
        if (value == null) {
            return;
        }
        if (value instanceof UploadResult u) {
            add(u.id(), into);
        } else if (value instanceof FileStatus f) {
            add(f.id(), into);
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, into));
        } else if (value instanceof String s) {
            for (String part : s.split(",")) {
                add(part, into);
            }
        }
    }

    private static void add(String id, Set<String> into) {
        if (id != null && !id.isBlank()) {
            into.add(id.trim());
        }
    }
}
