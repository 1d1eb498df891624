package org.chapterrelations.legislation.bill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.chapterrelations.platform.events.outbox.OutboxStore;
import org.chapterrelations.platform.events.outbox.PendingEvent;
import org.chapterrelations.platform.events.kafka.CloudEventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox for an import batch's new bills: one bulk insert, events included (so a crash loses none: the
 * relay's sweep sends what is still pending), then every event handed to Kafka at once (one bill's events in
 * order, as one producer keeps a key's records in order) and, once acknowledged, marked sent through the
 * outbox store on a thread of its own, never on the producer's network thread.
 */
@Component
class BillBatchWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BillBatchWriter.class);

    private final MongoTemplate mongo;
    private final CloudEventSender sender;
    private final OutboxStore outboxStore;
    private final ThreadPoolExecutor marker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "bill-batch-marker");
                thread.setDaemon(true);
                return thread;
            });

    BillBatchWriter(MongoTemplate mongo, CloudEventSender sender, OutboxStore outboxStore) {
        this.mongo = mongo;
        this.sender = sender;
        this.outboxStore = outboxStore;
    }

    /** Inserts every bill or none (a duplicate key fails the batch; the caller then upserts one by one). */
    void insertAll(Collection<Bill> bills) {
        if (bills.isEmpty()) {
            return;
        }
        mongo.insertAll(bills);
        List<CompletableFuture<PendingEvent>> sends = new ArrayList<>();
        for (Bill bill : bills) {
            for (PendingEvent event : bill.pendingEvents()) {
                try {
                    sends.add(sender.send(event).handle((result, failure) -> failure == null ? event : null));
                }
                catch (RuntimeException ex) {
                    log.debug("Could not hand {} to Kafka; the relay will send it: {}", event.eventId(), ex.getMessage());
                }
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).thenRun(() -> {
            List<PendingEvent> sent = sends.stream().map(CompletableFuture::join).filter(Objects::nonNull).toList();
            try {
                marker.execute(() -> markSent(sent));
            }
            catch (RejectedExecutionException ex) {
                log.debug("Marking queue full; the relay will resend {} events (consumers dedupe)", sent.size());
            }
        });
    }

    private void markSent(List<PendingEvent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            outboxStore.markSent(mongo.getCollectionName(Bill.class), sent);
        }
        catch (RuntimeException ex) {
            log.warn("Could not mark {} sent events; the relay will resend them: {}", sent.size(), ex.getMessage());
        }
    }

    @Override
    public void destroy() {
        marker.shutdown();
    }
}
