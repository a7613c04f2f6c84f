package io.github.camellalal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.component.tasks.FixedSweepScheduler;
import io.github.camellalal.component.tasks.LikelyChangeScheduler;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Keeps the latency benchmark's real-time row from rotting: a few tasks on the emulator, checked through the v1
 * client under a budget the emulator enforces, every end seen, no 429, and figures near those of its simulation.
 */
class CheckLatencySmokeIT {

    @Test
    void theRealTimeRowSeesEveryEndWithinTheBudgetAndNearItsSimulation() throws Exception {
        RealTimeCheckRun run = new RealTimeCheckRun(6, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(4), 60, 2, Duration.ofMinutes(5));

        for (var scheduler : new io.github.camellalal.component.tasks.CheckScheduler[] {new LikelyChangeScheduler(),
            new FixedSweepScheduler()}) {
            RealTimeCheckRun.Outcome real = run.run(scheduler);
            Latencies simulated = run.simulation().run(scheduler);

            assertThat(real.tooMany()).as("429 answers").isZero();
            assertThat(real.latencies().seen()).isEqualTo(6);
            assertThat(simulated.seen()).isEqualTo(6);
            // one request a second: the real run may see an end one or two slots off its simulation, not more
            assertThat(real.latencies().maxMillis()).isBetween(0L, simulated.maxMillis() + 2_500);
        }
    }
}
