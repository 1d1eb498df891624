package org.chapterrelations.platform.events.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that runs a task with a fixed delay between runs, for the background work a
 * {@code SmartLifecycle} starts and stops (outbox sweep, metrics refresh, purges, delivery loop).
 */
public final class FixedDelaySchedule {

    private final String threadName;
    private final Runnable task;
    private final Duration initialDelay;
    private final Duration delay;
    private ScheduledExecutorService scheduler;

    public FixedDelaySchedule(String threadName, Runnable task, Duration initialDelay, Duration delay) {
        this.threadName = threadName;
        this.task = task;
        this.initialDelay = initialDelay;
        this.delay = delay;
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(task, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
