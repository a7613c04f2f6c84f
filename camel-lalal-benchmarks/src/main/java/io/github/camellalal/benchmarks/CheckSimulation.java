package io.github.camellalal.benchmarks;

import io.github.camellalal.component.tasks.CheckBudget;
import io.github.camellalal.component.tasks.CheckHistory;
import io.github.camellalal.component.tasks.CheckScheduler;
import io.github.camellalal.component.tasks.CheckSchedulers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A discrete-event simulation on a virtual clock: the service's tasks ({@link ServiceModel}) start over time, the
 * component's own {@link CheckBudget} paces the check requests on the virtual clock, and at each slot the
 * {@code batch} tracked tasks with the earliest due time (as the scheduler, capped at
 * {@code maxCheckIntervalMillis}, computed it when a check last saw them) are checked. Each task's latency is the
 * time from its end at the service to the check that saw it ended. An hour of service time runs in seconds; the run
 * is bounded in virtual time (the window plus 30 minutes) and in tasks.
 *
 * @param model                  the tasks
 * @param arrivalsPerMilli       tasks split per virtual millisecond (random arrivals), when {@code spacingMillis} is 0
 * @param spacingMillis          a task split every this many milliseconds, or 0 for random arrivals
 * @param maxTasks               at most this many tasks split
 * @param perMinute              check requests a minute
 * @param batch                  ids a request
 * @param warmupMillis           virtual time before latencies count (the tracked set fills up)
 * @param measureMillis          the window in which tasks that end count; tasks start until its end
 * @param maxCheckIntervalMillis the cap on any task's time between checks
 * @param seed                   the random seed: the same seed gives the same tasks to every scheduler
 * @param fill                   requests carry the most-due tasks up to {@code batch} ids, due or not (as the
 *                               component does); {@code false}: only the tasks due by the slot, so that the check ids
 *                               spent per task show what the scheduler asks for, not what the budget allows
 */
record CheckSimulation(ServiceModel model, double arrivalsPerMilli, long spacingMillis, int maxTasks, int perMinute,
        int batch, long warmupMillis, long measureMillis, long maxCheckIntervalMillis, long seed, boolean fill) {

    /** Tasks split at random at the rate that keeps {@code tracked} of them tracked at once, on average. */
    static CheckSimulation steady(ServiceModel model, int tracked, int perMinute, int batch, long warmupMillis,
            long measureMillis, long maxCheckIntervalMillis, long seed) {
        return new CheckSimulation(model, tracked / model.meanTrackedMillis(), 0, Integer.MAX_VALUE, perMinute, batch,
                warmupMillis, measureMillis, maxCheckIntervalMillis, seed, true);
    }

    /** {@code count} tasks split one every {@code spacingMillis}, every one measured (the real-time row's twin). */
    static CheckSimulation evenly(ServiceModel model, int count, long spacingMillis, int perMinute, int batch,
            long maxCheckIntervalMillis) {
        return new CheckSimulation(model, 0, spacingMillis, count, perMinute, batch, 0,
                count * spacingMillis + TimeUnit.HOURS.toMillis(1), maxCheckIntervalMillis, 0, true);
    }

    /** This simulation with requests that carry only the tasks due (see {@code fill}). */
    CheckSimulation dueOnly() {
        return new CheckSimulation(model, arrivalsPerMilli, spacingMillis, maxTasks, perMinute, batch, warmupMillis,
                measureMillis, maxCheckIntervalMillis, seed, false);
    }

    /** Virtual epoch of the simulation (any fixed time). */
    private static final long EPOCH_MILLIS = 1_800_000_000_000L;
    /** After the window, the run goes on at most this long for the last tasks to be seen. */
    private static final long DRAIN_MILLIS = TimeUnit.MINUTES.toMillis(30);

    /** One tracked task and what the component knows of it. */
    private record Tracked(long due, long seq, SimulatedTask task, CheckHistory history) {
    }

    /** Runs the simulation with {@code scheduler} (capped here) and returns the latencies. */
    Latencies run(CheckScheduler scheduler) {
        CheckScheduler capped = CheckSchedulers.capped(scheduler, maxCheckIntervalMillis);
        Random service = new Random(seed);
        Random noise = new Random(seed + 1);
        long[] clock = {0}; // virtual nanoseconds
        CheckBudget budget = CheckBudget.onClock(perMinute, () -> clock[0]);
        long arrivalsEnd = warmupMillis + measureMillis;
        PriorityQueue<SimulatedTask> handovers = new PriorityQueue<>(
                Comparator.comparingLong(SimulatedTask::handoverMillis));
        PriorityQueue<Tracked> due = new PriorityQueue<>(
                Comparator.comparingLong(Tracked::due).thenComparingLong(Tracked::seq));
        double nextSplit = 0;
        int ids = 0;
        long seq = 0;
        long checks = 0;
        long trackedSamples = 0;
        long slotsInWindow = 0;
        List<Long> latencies = new ArrayList<>();
        int endingInWindow = 0;
        long now = 0;
        while (now < arrivalsEnd + DRAIN_MILLIS) {
            clock[0] += budget.reserveSlot();
            now = TimeUnit.NANOSECONDS.toMillis(clock[0]);
            while (nextSplit <= now && nextSplit < arrivalsEnd && ids < maxTasks) {
                SimulatedTask t = model.draw(ids++, (long) nextSplit, service);
                handovers.add(t);
                if (t.endMillis() >= warmupMillis && t.endMillis() < arrivalsEnd) {
                    endingInWindow++;
                }
                nextSplit += spacingMillis > 0 ? spacingMillis
                        : -Math.log(1 - service.nextDouble()) / arrivalsPerMilli;
            }
            while (!handovers.isEmpty() && handovers.peek().handoverMillis() <= now) {
                SimulatedTask t = handovers.poll();
                CheckHistory h = CheckHistory.tracked(EPOCH_MILLIS + t.handoverMillis(),
                        model.sourceKnown() ? t.sourceSeconds() : null);
                due.add(new Tracked(capped.nextCheckMillis(h, EPOCH_MILLIS + now) - EPOCH_MILLIS, seq++, t, h));
            }
            if (now >= warmupMillis && now < arrivalsEnd) {
                trackedSamples += due.size();
                slotsInWindow++;
            }
            if ((nextSplit >= arrivalsEnd || ids >= maxTasks) && handovers.isEmpty() && due.isEmpty()) {
                break;
            }
            List<Tracked> request = new ArrayList<>(batch);
            while (request.size() < batch && !due.isEmpty() && (fill || due.peek().due() <= now)) {
                request.add(due.poll());
            }
            checks += request.size();
            for (Tracked r : request) {
                SimulatedTask t = r.task();
                long at = EPOCH_MILLIS + now;
                if (now >= t.endMillis()) {
                    CheckHistory h = r.history().observed("success", 100, at);
                    if (capped.nextCheckMillis(h, at) != Long.MAX_VALUE) {
                        throw new IllegalStateException("an ended task was scheduled again");
                    }
                    if (t.endMillis() >= warmupMillis && t.endMillis() < arrivalsEnd) {
                        latencies.add(now - t.endMillis());
                    }
                } else {
                    CheckHistory h = r.history().observed("progress", t.progressAt(now, noise), at);
                    due.add(new Tracked(capped.nextCheckMillis(h, at) - EPOCH_MILLIS, seq++, t, h));
                }
            }
        }
        return Latencies.of(latencies, endingInWindow - latencies.size(),
                slotsInWindow == 0 ? 0 : trackedSamples / (double) slotsInWindow, checks / (double) ids);
    }
}
