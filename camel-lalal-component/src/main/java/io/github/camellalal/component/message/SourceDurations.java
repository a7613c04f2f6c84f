package io.github.camellalal.component.message;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.TaskStart;
import io.github.camellalal.client.UploadResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Message;

/**
 * The sources' durations a message tells of: from the upload results or file statuses in its body, or, for a single
 * file, from header {@code CamelLalalDuration} (which {@code lalal:upload} sets). Check scheduling uses them to know
 * when a task just split can first have changed; a file whose duration is not told is simply left out.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class SourceDurations {

    private SourceDurations() {
    }

    /** The started tasks' sources' durations in whole seconds (rounded up), by task id, where the message tells. */
    public static Map<String, Integer> ofTasks(Message message, List<String> fileIds, List<TaskStart> starts) {
        Map<String, Integer> byFile = new HashMap<>();
        collect(message.getBody(), byFile);
        if (fileIds.size() == 1 && !byFile.containsKey(fileIds.get(0))
                && message.getHeader(HeaderNames.DURATION) instanceof Number n) {
            put(byFile, fileIds.get(0), n.doubleValue());
        }
        Map<String, Integer> byTask = new HashMap<>();
        for (TaskStart start : starts) {
            Integer seconds = start.started() ? byFile.get(start.sourceId()) : null;
            if (seconds != null) {
                byTask.put(start.taskId(), seconds);
            }
        }
        return byTask;
    }

    /** The duration of an uploaded file by the task split from it, or nothing when the upload did not tell it. */
    public static Map<String, Integer> ofUpload(UploadResult upload, String taskId) {
        Map<String, Integer> byTask = new HashMap<>();
        if (upload.duration() != null) {
            put(byTask, taskId, upload.duration());
        }
        return byTask;
    }

    private static void collect(Object body, Map<String, Integer> into) {
        if (body instanceof UploadResult u && u.duration() != null) {
            put(into, u.id(), u.duration());
        } else if (body instanceof FileStatus f && f.duration() != null) {
            put(into, f.id(), f.duration());
        } else if (body instanceof Collection<?> c) {
            c.forEach(v -> collect(v, into));
        }
    }

    private static void put(Map<String, Integer> into, String id, double seconds) {
        if (id != null && seconds > 0 && seconds < Integer.MAX_VALUE) {
            into.put(id, (int) Math.ceil(seconds));
        }
    }
}
