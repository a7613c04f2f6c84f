package io.github.camellalal.component;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Counts the finished polls of a {@code lalal:tasks} route, so that "nothing more is delivered" is asserted over
 * polls that really ran (each checks every tracked file and emits what changed), never over a sleep.
 */
final class TasksPolls {

    private TasksPolls() {
    }

    /** Polls the route's consumer has finished, successful or not. */
    static long finished(CamelContext context, String routeId) {
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) context.getRoute(routeId).getConsumer();
        return consumer.getSuccessCounter() + consumer.getErrorCounter();
    }

    /** Waits until the route's consumer has finished {@code polls} more polls than now. */
    static void awaitMore(CamelContext context, String routeId, int polls) {
        long target = finished(context, routeId) + polls;
        await().atMost(Duration.ofSeconds(10)).until(() -> finished(context, routeId) >= target);
    }
}
