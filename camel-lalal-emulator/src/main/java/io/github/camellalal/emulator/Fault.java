package io.github.camellalal.emulator;

import java.time.Duration;

/** A misbehaviour the emulator can answer a request with, as proxies, outages and overloaded services do. */
public sealed interface Fault {

    /** An HTTP error with an HTML page, as a proxy or load balancer sends during an outage. */
    static Fault serverError(int status) {
        return new ServerError(status);
    }

    /** The connection is closed without any answer. */
    static Fault connectionReset() {
        return new ConnectionReset();
    }

    /** HTTP 200 with a body that is not valid JSON. */
    static Fault malformedJson() {
        return new MalformedJson();
    }

    /**
     * The request is processed (a split starts its task, a delete deletes), then the connection is closed without
     * an answer: the client cannot tell whether its request took effect.
     */
    static Fault resetAfterProcessing() {
        return new ResetAfterProcessing();
    }

    /** The answer comes only after the given wait (bounded to one minute). */
    static Fault stall(Duration wait) {
        return new Stall(wait);
    }

    /** HTTP 429 with a {@code Retry-After} header. */
    static Fault rateLimited(int retryAfterSeconds) {
        return new RateLimited(retryAfterSeconds);
    }

    /** See {@link Fault#serverError(int)}. */
    record ServerError(int status) implements Fault {
    }

    /** See {@link Fault#connectionReset()}. */
    record ConnectionReset() implements Fault {
    }

    /** See {@link Fault#resetAfterProcessing()}. */
    record ResetAfterProcessing() implements Fault {
    }

    /** See {@link Fault#malformedJson()}. */
    record MalformedJson() implements Fault {
    }

    /** See {@link Fault#stall(Duration)}. */
    record Stall(Duration delay) implements Fault {
    }

    /** See {@link Fault#rateLimited(int)}. */
    record RateLimited(int retryAfterSeconds) implements Fault {
    }
}
