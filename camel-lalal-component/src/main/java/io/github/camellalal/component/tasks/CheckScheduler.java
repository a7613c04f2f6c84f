package io.github.camellalal.component.tasks;

/**
 * Decides when each tracked task is next worth a check. Check requests are scarce (v1: 30 a minute per license, up
 * to 200 ids each), so each request carries the ids whose due time is earliest; a scheduler that predicts state
 * changes well makes events arrive soon after the service's tasks end.
 *
 * <p>Not an API: public for the component's own classes only.
 */
@FunctionalInterface
public interface CheckScheduler {

    /**
     * When the task should next be checked, in epoch milliseconds of the same clock as the history's times; a time
     * in the past means "due now", and the earlier the time, the more due.
     *
     * @param history   what is known of the task
     * @param nowMillis the time now
     */
    long nextCheckMillis(CheckHistory history, long nowMillis);
}
