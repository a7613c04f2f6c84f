package io.github.camellalal.component;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

/** Camel's health check of a polling consumer, with the number of events the tasks consumer gave up in its details. */
final class LalalTasksHealthCheck extends ScheduledPollConsumerHealthCheck {

    /** Detail key: events given up after maxEventAttempts since the consumer started. */
    static final String EVENTS_GIVEN_UP = "lalal.events.given.up";

    private final LalalTasksConsumer consumer;

    LalalTasksHealthCheck(LalalTasksConsumer consumer, String id) {
        super(consumer, id);
        this.consumer = consumer;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Result result = super.call(options);
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).state(result.getState());
        builder.details(result.getDetails());
        result.getMessage().ifPresent(builder::message);
        result.getError().ifPresent(builder::error);
        builder.detail(EVENTS_GIVEN_UP, consumer.givenUpCount());
        return builder.build();
    }
}
