package io.github.camellalal.component.tasks;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.TaskStart;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a split of many files: the tasks that started, and a failure naming each file that did not.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class SplitStarts {

    private SplitStarts() {
    }

    /** The ids of the tasks that started. */
    public static List<String> started(List<TaskStart> starts) {
        return starts.stream().filter(TaskStart::started).map(TaskStart::taskId).toList();
    }

    /** Null when every task started. */
    public static LalalApiException failure(List<TaskStart> starts, List<String> startedTaskIds) {
        List<TaskStart> failed = starts.stream().filter(s -> !s.started()).toList();
        if (failed.isEmpty()) {
            return null;
        }
        String each = failed.stream().map(f -> f.sourceId() + " (" + f.code() + ": " + f.error() + ")")
                .collect(Collectors.joining(", "));
        return new LalalApiException(ApiOperation.SPLIT, failed.stream().map(TaskStart::sourceId).toList(),
                "LALAL.AI split failed for " + failed.size() + " of " + starts.size() + " files: " + each
                        + (startedTaskIds.isEmpty() ? "" : "; the " + startedTaskIds.size()
                        + " tasks that started are tracked: " + startedTaskIds),
                failed.get(0).error(), 200, null, null, failed.get(0).code());
    }
}
