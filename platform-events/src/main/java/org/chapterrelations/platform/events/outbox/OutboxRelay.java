package org.chapterrelations.platform.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.chapterrelations.platform.events.kafka.CloudEventSender;
import org.chapterrelations.platform.events.outbox.OutboxStore.PendingAggregate;
import org.chapterrelations.platform.events.schedule.FixedDelaySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Hands pending events to Kafka and marks each one sent once the broker has acknowledged it.
 *
 * <p>Two paths use it: the writer calls {@link #publish} right after its single-document write (low
 * latency), and a sweep every {@code interval} sends whatever is still pending after {@code grace}
 * (the process died before marking, or the broker was down). Whatever was not marked is sent again,
 * so delivery is at-least-once and consumers dedupe on {@code ce_id}. One aggregate's events are sent
 * in order, and a failure stops that aggregate's batch so that a later event never overtakes it.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final CloudEventSender sender;
    private final Duration interval;
    private final Duration grace;
    private final int batchSize;
    private final Clock clock;
    private final AtomicLong sentCount = new AtomicLong();
    private final ThreadPoolExecutor marker = markerThreads();
    private final FixedDelaySchedule schedule;

    public OutboxRelay(OutboxStore store, CloudEventSender sender, Duration interval, Duration grace, int batchSize,
            Clock clock) {
        this.store = store;
        this.sender = sender;
        this.interval = interval;
        this.grace = grace;
        this.batchSize = batchSize;
        this.clock = clock;
        this.schedule = new FixedDelaySchedule("outbox-relay", this::sweepQuietly, Duration.ZERO, interval)
                .atMostBusy(0.2);
    }

    /** One thread, gone when idle, so that a relay nobody uses holds none. */
    private static ThreadPoolExecutor markerThreads() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "outbox-marker");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Sends one aggregate's pending events now, without waiting; the sweep covers any failure. */
    public CompletableFuture<Void> publish(String collection, Object aggregateId, List<PendingEvent> events) {
        return sendInOrder(new PendingAggregate(collection, aggregateId, events));
    }

    /** Sends every event still pending after the grace period; returns how many were sent. */
    public int sweep() {
        int sent = 0;
        for (String collection : store.outboxCollections()) {
            List<PendingAggregate> aggregates = store.findPendingBefore(collection, clock.instant().minus(grace),
                    batchSize);
            for (PendingAggregate aggregate : aggregates) {
                try {
                    sendInOrder(aggregate).join();
                    sent += aggregate.events().size();
                }
                catch (RuntimeException ex) {
                    // The broker is most likely down: each further send would wait for it too (max.block.ms).
                    log.warn("Outbox relay could not send pending events of {}/{}; will retry at the next sweep: {}",
                            collection, aggregate.aggregateId(), ex.getMessage());
                    return sent;
                }
            }
        }
        return sent;
    }

    /** Events marked sent since start-up, for metrics. */
    public long sentCount() {
        return sentCount.get();
    }

    private CompletableFuture<Void> sendInOrder(PendingAggregate aggregate) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (PendingEvent event : aggregate.events()) {
            // Marking is a MongoDB write: never on the Kafka producer's I/O thread, which completes the send.
            chain = chain.thenCompose(ignored -> sender.send(event))
                    .thenAcceptAsync(result -> markSent(aggregate, event), marker);
        }
        return chain;
    }

    private void markSent(PendingAggregate aggregate, PendingEvent event) {
        store.markSent(aggregate.collection(), aggregate.aggregateId(), event.eventId());
        sentCount.incrementAndGet();
    }

    private void sweepQuietly() {
        try {
            sweep();
        }
        catch (RuntimeException ex) {
            log.warn("Outbox sweep failed; will retry in {}: {}", interval, ex.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        try {
            store.ensureIndexes();
        }
        catch (RuntimeException ex) {
            // The store may still be starting; the sweep works without the index, only slower.
            log.warn("Could not create the outbox sweep index: {}", ex.getMessage());
        }
        schedule.start();
    }

    @Override
    public synchronized void stop() {
        schedule.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule.isRunning();
    }
}
