package io.github.camellalal.component.store;

/**
 * What a store keeps of one task's checks, so that the component can decide when to check it next: the fields of
 * the component's check history, and the time the task is next due. Times are epoch milliseconds of the store's
 * clock ({@link TaskStore#nowMillis()}: the database's in a shared store), {@code -1} when there is none.
 *
 * @param taskId              the task's id (v0: its file's)
 * @param trackedSinceMillis  when the store began tracking it
 * @param sourceSeconds       the source's duration in seconds once a check reported it, else {@code null}
 * @param lastCheckedMillis   when a check last saw it, {@code -1} before any
 * @param lastState           the state that check saw ({@code null} before any, or while not split)
 * @param lastProgress        the progress that check saw, or {@code null}
 * @param firstProgressMillis when a check first saw it in progress, {@code -1} before that
 * @param firstProgress       the progress seen then, or {@code null}
 * @param dueMillis           when it is next due for a check
 */
public record TaskCheck(String taskId, long trackedSinceMillis, Integer sourceSeconds, long lastCheckedMillis,
        String lastState, Integer lastProgress, long firstProgressMillis, Integer firstProgress, long dueMillis) {

    /** A task tracked from {@code nowMillis}, never checked, due at once. */
    public static TaskCheck tracked(String taskId, long nowMillis) {
        return tracked(taskId, nowMillis, 0);
    }

    /** A task tracked from {@code nowMillis}, never checked, first due {@code delayMillis} later. */
    public static TaskCheck tracked(String taskId, long nowMillis, long delayMillis) {
        return new TaskCheck(taskId, nowMillis, null, -1, null, null, -1, null, nowMillis + Math.max(0, delayMillis));
    }
}
