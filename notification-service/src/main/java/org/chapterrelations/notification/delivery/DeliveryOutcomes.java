package org.chapterrelations.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.chapterrelations.notification.NotificationProperties;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Records an attempt in the delivery log and decides what comes next: done, retry after an exponential
 * backoff, or fail for good (a permanent refusal, or still failing {@code giveUpAfter} after first due).
 */
@Component
class DeliveryOutcomes {

    private final MongoOperations mongo;
    private final DeliveryEvents events;
    private final NotificationProperties.Delivery settings;

    DeliveryOutcomes(MongoOperations mongo, DeliveryEvents events, NotificationProperties properties) {
        this.mongo = mongo;
        this.events = events;
        this.settings = properties.delivery();
    }

    void record(Delivery delivery, SendResult result, Instant now) {
        int number = delivery.attempts().size() + 1;
        Update update = new Update()
                .push("attempts", new Attempt(number, now, result.success(), result.response(), result.reason()))
                .set("lastResponse", result.response()).set("leaseEnd", null).set("updatedAt", now);
        if (result.success()) {
            save(delivery, update.set("status", DeliveryStatus.DELIVERED));
            events.delivered(delivery, number, now, result.response());
            return;
        }
        Instant retryAt = now.plus(backoff(number));
        boolean giveUp = result.permanent() || retryAt.isAfter(delivery.firstDue().plus(settings.giveUpAfter()));
        if (giveUp) {
            save(delivery, update.set("status", DeliveryStatus.FAILED));
        }
        else {
            save(delivery, update.set("status", DeliveryStatus.PENDING).set("nextAttemptAt", retryAt));
        }
        events.failed(delivery, number, now, result.reason(), giveUp);
    }

    /** Puts a delivery back in the queue for another attempt when it is due. */
    void postpone(Delivery delivery, Instant until, Instant now) {
        save(delivery, new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", until)
                .set("leaseEnd", null).set("updatedAt", now));
    }

    private Duration backoff(int attempts) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private void save(Delivery delivery, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())), update, Delivery.class);
    }
}
