package io.github.camellalal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.component.tasks.FixedSweepScheduler;
import io.github.camellalal.component.tasks.LikelyChangeScheduler;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The latency simulation measures what it claims: a fixed sweep of 1,000 tasks at 200 ids every 2 s sees each end
 * within one sweep (10 s), half a sweep late at the median; the likely-change scheduler, same tasks, same budget,
 * sees them sooner; every task that ended in the window is seen.
 */
class CheckSimulationTest {

    private static final long MINUTE = TimeUnit.MINUTES.toMillis(1);

    @Test
    void aFixedSweepIsHalfASweepLateAtTheMedianAndTheLikelyChangeSchedulerIsSooner() {
        CheckSimulation sim = CheckSimulation.steady(ServiceModel.realistic(true), 1_000, 30, 200, 20 * MINUTE,
                10 * MINUTE, 5 * MINUTE, 7);

        Latencies sweep = sim.run(new FixedSweepScheduler());
        Latencies likely = sim.run(new LikelyChangeScheduler());

        assertThat(sweep.meanTracked()).isBetween(850.0, 1_150.0);
        assertThat(sweep.unseen()).isZero();
        assertThat(sweep.medianMillis()).isBetween(3_000L, 7_000L);
        assertThat(sweep.maxMillis()).isLessThanOrEqualTo(12_500L);
        assertThat(likely.seen()).isEqualTo(sweep.seen());
        assertThat(likely.unseen()).isZero();
        assertThat(likely.medianMillis()).isLessThan(sweep.medianMillis() / 2);
        assertThat(likely.p95Millis()).isLessThan(sweep.p95Millis());
    }

    @Test
    void theRealTimeRowsTwinSeesEveryTaskWithinTheCap() {
        RealTimeCheckRun real = new RealTimeCheckRun(60, java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(40), 60, 5,
                java.time.Duration.ofMinutes(5));

        Latencies sweep = real.simulation().run(new FixedSweepScheduler());

        assertThat(sweep.seen()).isEqualTo(60);
        // at most ~45 tasks tracked at once, 5 a request, one request a second: a sweep takes at most ~9 s
        assertThat(sweep.maxMillis()).isLessThanOrEqualTo(10_000L);
    }
}
