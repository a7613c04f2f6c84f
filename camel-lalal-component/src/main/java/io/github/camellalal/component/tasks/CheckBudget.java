package io.github.camellalal.component.tasks;

import io.github.camellalal.client.http.RetryWait;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's one budget of check requests per minute, shared by every endpoint's client (process waits, tasks
 * consumers, check producers): a continuously refilled bucket that holds one request, so requests leave evenly
 * spaced (never a burst, then idle) and no rolling minute sees more than the budget. Every check request on the wire
 * takes a slot, retries included; a 429 answer stops all checks for its Retry-After (or a minute).
 *
 * <p>This class paces the checks of one JVM; {@link JdbcCheckBudget} paces those of every instance sharing a database.
 * A caller that must choose what to check only once its slot came (the tasks consumer with a shared store) takes the
 * slot itself with {@link #acquire()} and {@link #prepay()}: its next check request then takes no second slot.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public class CheckBudget {
    private static final Logger LOG = LoggerFactory.getLogger(CheckBudget.class);
    private static final String CHECK_ATTRIBUTE = "camel-lalal.check";
    /**
     * Slots are 60 s / budget apart plus this share (at v1's 30 a minute: 20 ms a slot, 0.6 s a rolling minute): the
     * service counts a request when it arrives, and on a loaded machine or network a request arrives later than its
     * slot by a varying delay. With 1 ms a slot, a request 30 ms late followed by one on time made the budget + 1 in a
     * rolling minute and met a 429 (the check latency benchmark's real-time row).
     */
    static final double MARGIN = 0.01;
    /** Set while a thread holds a slot it took for its next check request. */
    private static final ThreadLocal<Boolean> PREPAID = new ThreadLocal<>();

    private final int perMinute;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private boolean started;
    private long nextFree;
    private boolean paused;
    private long pausedUntil;
    private LongConsumer slots = start -> { };

    CheckBudget(int perMinute, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.intervalNanos = (long) (TimeUnit.MINUTES.toNanos(1) / perMinute * (1 + MARGIN));
        this.nanoClock = nanoClock;
    }

    /** A budget of {@code perMinute} check requests per minute (above 0). */
    public CheckBudget(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /**
     * A budget on a clock of its caller's, for simulations (the benchmarks' virtual clock): with {@link #reserveSlot()}
     * it paces simulated check requests exactly as the component paces real ones.
     *
     * @param perMinute check requests per minute (above 0)
     * @param nanoClock the time in nanoseconds, as {@link System#nanoTime()} gives it
     */
    public static CheckBudget onClock(int perMinute, LongSupplier nanoClock) {
        return new CheckBudget(perMinute, nanoClock);
    }

    /**
     * The budget of an endpoint that keeps no store of its own (process waits, {@code lalal:check}): {@code shared}'s
     * budget (the license's, kept in a database) whenever it gives one, else {@code local} (this JVM's). Asked at each
     * request, so the order in which endpoints start does not matter.
     */
    public static CheckBudget preferring(CheckBudget local, Supplier<CheckBudget> shared) {
        return new CheckBudget(local.perMinute, local.nanoClock) {
            private CheckBudget current() {
                CheckBudget s = shared.get();
                return s != null ? s : local;
            }

            @Override
            long reserve() {
                return current().reserve();
            }

            @Override
            void pause(Duration wait) {
                current().pause(wait);
            }

            @Override
            boolean pausedNow() {
                return current().pausedNow();
            }

            @Override
            public void onSlot(LongConsumer listener) {
                local.onSlot(listener);
            }

            @Override
            public String toString() {
                return current().toString();
            }
        };
    }

    /** The check requests per minute. */
    public int perMinute() {
        return perMinute;
    }

    /** Takes the next free slot; returns how long to wait (nanoseconds) before sending in it. */
    synchronized long reserve() {
        long now = nanoClock.getAsLong();
        long start = started && nextFree - now > 0 ? nextFree : now;
        if (paused && pausedUntil - start > 0) {
            start = pausedUntil;
        }
        started = true;
        nextFree = start + intervalNanos;
        slotTaken(start);
        return start - now;
    }

    /**
     * Takes the next free slot without waiting, for simulations that move their clock themselves: returns how long
     * (nanoseconds of the budget's clock) until the slot begins. The component's own requests wait in
     * {@link #install(HttpClientBuilder)}'s interceptor instead.
     */
    public long reserveSlot() {
        return reserve();
    }

    /**
     * Tells {@code listener} the start of every slot taken (nanoseconds on the budget's clock), where the budget
     * decides the spacing: on a loaded machine the requests reach the wire later than their slots, by varying delays.
     */
    public synchronized void onSlot(LongConsumer listener) {
        this.slots = listener;
    }

    /** Tells the listener of {@link #onSlot} that a slot starting at {@code start} (budget's nanoseconds) was taken. */
    protected void slotTaken(long start) {
        LongConsumer listener;
        synchronized (this) {
            listener = slots;
        }
        listener.accept(start);
    }

    /** The next check request of the calling thread uses the slot it just took with {@link #acquire()}. */
    public static void prepay() {
        PREPAID.set(Boolean.TRUE);
    }

    /** Forgets a slot taken with {@link #prepay()} and not used (nothing was due after all). */
    public static void clearPrepaid() {
        PREPAID.remove();
    }

    /** Stops checks until {@code wait} from now (a 429's Retry-After). */
    synchronized void pause(Duration wait) {
        long until = nanoClock.getAsLong() + wait.toNanos();
        if (!paused || until - pausedUntil > 0) {
            paused = true;
            pausedUntil = until;
        }
    }

    /**
     * Waits for a slot; the calling thread (a poller or the process watcher) is the one that paces. A pause that
     * began while it waited sends it to the back of the line behind the pause.
     */
    public void acquire() throws InterruptedIOException {
        do {
            long wait = reserve();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the check budget");
                }
            }
        } while (pausedNow());
    }

    synchronized boolean pausedNow() {
        return paused && pausedUntil - nanoClock.getAsLong() > 0;
    }

    /** Makes every check request of a client's HttpClient take a slot, and every 429 to one pause the budget. */
    public void install(HttpClientBuilder builder) {
        builder.addRequestInterceptorFirst((request, entity, context) -> {
            String path = request.getPath();
            if (path != null && path.endsWith("/check/")) {
                context.setAttribute(CHECK_ATTRIBUTE, Boolean.TRUE);
                if (Boolean.TRUE.equals(PREPAID.get())) {
                    PREPAID.remove(); // the slot was taken before the ids were chosen; a retry takes a new one
                } else {
                    acquire();
                }
            }
        });
        builder.addResponseInterceptorFirst((response, entity, context) -> {
            if (response.getCode() == 429 && Boolean.TRUE.equals(context.getAttribute(CHECK_ATTRIBUTE))) {
                Header h = response.getFirstHeader("Retry-After");
                Duration wait = h == null ? null : RetryWait.parseRetryAfter(h.getValue());
                wait = wait == null ? Duration.ofMinutes(1) : wait;
                LOG.warn("LALAL.AI answered a check with 429 (too many requests): no checks for {} s",
                        wait.toSeconds());
                pause(wait);
            }
        });
    }
}
