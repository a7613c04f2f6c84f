package io.github.camellalal.benchmarks;

import java.util.Random;

/**
 * One task of the simulated service: split at {@code splitMillis}, queued (progress 0) for {@code queueMillis}, then
 * processed for {@code lengthMillis}, its progress rising as {@code 100 * x^curve} of the fraction {@code x} done,
 * plus noise; it ends in success. The component learns of it at {@code handoverMillis}.
 *
 * @param id             its index
 * @param splitMillis    when the split request created it
 * @param queueMillis    how long it waits in the queue
 * @param lengthMillis   how long the processing takes
 * @param curve          the exponent of its progress curve (1: linear)
 * @param noise          the standard deviation of the progress the service reports, in points
 * @param sourceSeconds  the source's duration
 * @param handoverMillis when the component begins tracking it
 */
record SimulatedTask(int id, long splitMillis, long queueMillis, long lengthMillis, double curve, double noise,
        int sourceSeconds, long handoverMillis) {

    /** When the service ends it. */
    long endMillis() {
        return splitMillis + queueMillis + lengthMillis;
    }

    /** The progress a check at {@code t} (before the end) reports: 0 while queued, 0 to 99 while processed. */
    int progressAt(long t, Random random) {
        long processed = t - splitMillis - queueMillis;
        if (processed <= 0) {
            return 0;
        }
        double x = Math.min(1.0, processed / (double) lengthMillis);
        double p = 100 * Math.pow(x, curve) + (noise > 0 ? random.nextGaussian() * noise : 0);
        return (int) Math.max(0, Math.min(99, Math.floor(p)));
    }
}
