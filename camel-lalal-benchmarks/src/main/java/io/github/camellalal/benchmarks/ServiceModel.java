package io.github.camellalal.benchmarks;

import java.util.Random;

/**
 * How the simulated service's tasks look and how the component learns of them.
 *
 * @param name            a label for the table
 * @param minLengthMillis shortest processing
 * @param maxLengthMillis longest processing (lengths spread evenly between)
 * @param meanQueueMillis mean queueing time (exponential, at most four times the mean); fixed when {@code fixedQueue}
 * @param fixedQueue      every task waits exactly the mean
 * @param minCurve        the flattest progress curve (exponent; 1 is linear, drawn evenly up to {@code maxCurve})
 * @param maxCurve        the steepest
 * @param noise           the progress noise, in points (standard deviation)
 * @param sourceKnown     whether the component knows the split's start and the source's duration (a split it
 *                        made) or not ({@code lalal:track} of a task split elsewhere, handed over up to
 *                        {@code maxHandoverMillis} after its split)
 * @param maxHandoverMillis how late after its split a task is handed to {@code lalal:track}
 */
record ServiceModel(String name, long minLengthMillis, long maxLengthMillis, long meanQueueMillis, boolean fixedQueue,
        double minCurve, double maxCurve, double noise, boolean sourceKnown, long maxHandoverMillis) {

    /**
     * Tasks as real ones spread: 1 to 15 minutes of processing after a queue of 30 s on average, progress not quite
     * linear (exponent 0.8 to 1.25) with noise of 1.5 points; the source lasts 1/0.5 to 1/1.5 of the processing.
     */
    static ServiceModel realistic(boolean sourceKnown) {
        return new ServiceModel(sourceKnown ? "split by the component" : "lalal:track (start, source unknown)",
                60_000, 900_000, 30_000, false, 0.8, 1.25, 1.5, sourceKnown, sourceKnown ? 0 : 120_000);
    }

    /** The emulator's tasks: fixed queue and length, linear progress without noise, source unknown. */
    static ServiceModel emulator(long lengthMillis, long queueMillis) {
        return new ServiceModel("emulator", lengthMillis, lengthMillis, queueMillis, true, 1, 1, 0, false, 0);
    }

    /** The mean time a task is tracked: queue plus processing (less the handover delay). */
    double meanTrackedMillis() {
        return meanQueueMillis + (minLengthMillis + maxLengthMillis) / 2.0 - maxHandoverMillis / 2.0;
    }

    /** Draws the task split at {@code splitMillis}. */
    SimulatedTask draw(int id, long splitMillis, Random random) {
        long length = minLengthMillis + (long) (random.nextDouble() * (maxLengthMillis - minLengthMillis));
        long queue = fixedQueue ? meanQueueMillis
                : (long) Math.min(4.0 * meanQueueMillis, -Math.log(1 - random.nextDouble()) * meanQueueMillis);
        double curve = minCurve + random.nextDouble() * (maxCurve - minCurve);
        double speed = 0.5 + random.nextDouble(); // seconds of processing per second of source
        int source = (int) Math.max(1, length / 1000.0 / speed);
        long handover = (long) (random.nextDouble() * Math.min(maxHandoverMillis, queue + length));
        return new SimulatedTask(id, splitMillis, queue, length, curve, noise, source, splitMillis + handover);
    }
}
