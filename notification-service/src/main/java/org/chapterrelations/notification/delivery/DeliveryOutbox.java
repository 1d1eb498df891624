package org.chapterrelations.notification.delivery;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The delivery events of one notification waiting for the relay, keyed by notification id (the record key
 * of {@code notification.deliveries.v1}). A collection of its own, written only when an e-mail or webhook
 * finishes, so the relay's sweep never scans the much larger inbox or notification collections.
 */
@Document("delivery_outbox")
class DeliveryOutbox extends OutboxAggregate {

    @Id
    private String notificationId;

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
