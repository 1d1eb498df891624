package org.chapterrelations.notification.delivery;

import java.time.Instant;
import java.util.List;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.chapterrelations.platform.events.outbox.OutboxRelay;
import org.chapterrelations.platform.events.outbox.PendingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Raises {@code NotificationDelivered} and {@code NotificationFailed} through the outbox document of the
 * notification they concern (the topic is keyed by notification id). The event is pushed into that
 * document atomically, so two channels finishing at once cannot overwrite each other's event; it is then
 * sent at once, and the relay's sweep resends it if that fails.
 */
@Component
class DeliveryEvents {

    static final String TOPIC = "notification.deliveries.v1";
    static final String DELIVERED = "notification.NotificationDelivered.v1";
    static final String FAILED = "notification.NotificationFailed.v1";

    private static final Logger log = LoggerFactory.getLogger(DeliveryEvents.class);

    private final MongoOperations mongo;
    private final OutboxRelay relay;
    private final DeliveryMetrics metrics;

    DeliveryEvents(MongoOperations mongo, OutboxRelay relay, DeliveryMetrics metrics) {
        this.mongo = mongo;
        this.relay = relay;
        this.metrics = metrics;
    }

    void delivered(Delivery delivery, int attempts, Instant at, String response) {
        metrics.delivered(delivery.channel(), 1);
        raise(delivery, DELIVERED, new NotificationDelivered(delivery.id(), delivery.notificationId(),
                delivery.recipientId(), delivery.channel(), delivery.sourceEventId(), delivery.sourceEventType(),
                attempts, at, response));
    }

    void failed(Delivery delivery, int attempts, Instant at, String reason, boolean permanent) {
        metrics.failed(delivery.channel(), permanent);
        raise(delivery, FAILED, new NotificationFailed(delivery.id(), delivery.notificationId(),
                delivery.recipientId(), delivery.channel(), delivery.sourceEventId(), delivery.sourceEventType(),
                attempts, at, reason, permanent));
    }

    private void raise(Delivery delivery, String type, Object payload) {
        PendingEvent event = PendingEvent.of(TOPIC, type, delivery.notificationId(), payload);
        mongo.upsert(Query.query(Criteria.where("_id").is(delivery.notificationId())),
                new Update().push(OutboxAggregate.PENDING_EVENTS_FIELD, event), DeliveryOutbox.class);
        relay.publish(mongo.getCollectionName(DeliveryOutbox.class), delivery.notificationId(), List.of(event))
                .exceptionally(ex -> {
                    log.debug("Immediate publish of {} failed; the relay will resend: {}", event.eventId(),
                            ex.getMessage());
                    return null;
                });
    }

    record NotificationDelivered(String deliveryId, String notificationId, String recipientId, String channel,
            String sourceEventId, String sourceEventType, int attempts, Instant deliveredAt, String response) {
    }

    record NotificationFailed(String deliveryId, String notificationId, String recipientId, String channel,
            String sourceEventId, String sourceEventType, int attempts, Instant failedAt, String reason,
            boolean permanent) {
    }
}
