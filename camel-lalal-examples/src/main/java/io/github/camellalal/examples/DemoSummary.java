package io.github.camellalal.examples;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts what the demo did and tells when every file it was given has been dealt with. */
public final class DemoSummary {

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger tracks = new AtomicInteger();
    private volatile int expected = Integer.MAX_VALUE;
    private volatile Runnable whenFinished = () -> { };
    private volatile String transport = "";

    /** How many source files the run waits for; {@code whenFinished} runs once all are done or failed. */
    public void expect(int files, Runnable whenFinished) {
        this.expected = files;
        this.whenFinished = whenFinished;
        checkFinished();
    }

    /** A source file's stems were saved. */
    public void fileDone() {
        done.incrementAndGet();
        checkFinished();
    }

    /** A source file failed. */
    public void fileFailed() {
        failed.incrementAndGet();
        checkFinished();
    }

    /** A track was written. */
    public void trackWritten() {
        tracks.incrementAndGet();
    }

    public int done() {
        return done.get();
    }

    public int failed() {
        return failed.get();
    }

    public int tracks() {
        return tracks.get();
    }

    /** What the embedded emulator saw of the connections, e.g. {@code https: 4 connections, 4 TLS handshakes}. */
    public void transport(String seen) {
        this.transport = seen;
    }

    /** What the embedded emulator saw of the connections; empty against another server. */
    public String transport() {
        return transport;
    }

    @Override
    public String toString() {
        return "files done: " + done + ", failed: " + failed + ", tracks written: " + tracks
                + (transport.isEmpty() ? "" : "; embedded emulator " + transport);
    }

    private void checkFinished() {
        if (done.get() + failed.get() >= expected) {
            whenFinished.run();
        }
    }
}
