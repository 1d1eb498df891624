package org.chapterrelations.platform.events.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that runs a task with a fixed delay between runs, for the background work a
 * {@code SmartLifecycle} starts and stops (outbox sweep, metrics refresh, purges, delivery loop).
 * <p>
 * A schedule may also cap the share of time its task runs ({@link #atMostBusy}): the delay after a run grows
 * with the run's length. A scan of a large collection on FerretDB (which reads every document for any query
 * but by {@code _id}) otherwise ran back to back: 15 s to scan 100,000 bills every 15 s kept the store busy.
 */
public final class FixedDelaySchedule {

    private final String threadName;
    private final Runnable task;
    private final Duration initialDelay;
    private final Duration delay;
    private final double busyShare;
    private ScheduledExecutorService scheduler;

    public FixedDelaySchedule(String threadName, Runnable task, Duration initialDelay, Duration delay) {
        this(threadName, task, initialDelay, delay, 1.0);
    }

    private FixedDelaySchedule(String threadName, Runnable task, Duration initialDelay, Duration delay,
            double busyShare) {
        this.threadName = threadName;
        this.task = task;
        this.initialDelay = initialDelay;
        this.delay = delay;
        this.busyShare = busyShare;
    }

    /** The same schedule, waiting after each run long enough that the task runs at most {@code share} of the time. */
    public FixedDelaySchedule atMostBusy(double share) {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("share must be in (0, 1]: " + share);
        }
        return new FixedDelaySchedule(threadName, task, initialDelay, delay, share);
    }

    /** The delay after a run that took {@code run}: the fixed delay, or longer to keep within the busy share. */
    Duration delayAfter(Duration run) {
        Duration toStayWithinShare = Duration.ofNanos((long) (run.toNanos() * (1 / busyShare - 1)));
        return toStayWithinShare.compareTo(delay) > 0 ? toStayWithinShare : delay;
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
        ScheduledExecutorService started = scheduler;
        started.schedule(() -> runAndReschedule(started), initialDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runAndReschedule(ScheduledExecutorService on) {
        long begun = System.nanoTime();
        try {
            task.run();
        } finally {
            // Unlike scheduleWithFixedDelay, a task that throws still runs again.
            if (!on.isShutdown()) {
                Duration next = delayAfter(Duration.ofNanos(System.nanoTime() - begun));
                try {
                    on.schedule(() -> runAndReschedule(on), next.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    // stop() came in between
                }
            }
        }
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
