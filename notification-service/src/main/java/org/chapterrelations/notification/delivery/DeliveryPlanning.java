package org.chapterrelations.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.notification.NotificationProperties;
import org.chapterrelations.notification.notification.InsertIgnoringDuplicates;
import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.notification.Notifier;
import org.chapterrelations.notification.preference.Channel;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.platform.events.tracing.EventTraceContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Creates the pending e-mail and webhook deliveries of fresh notifications; the worker sends them when due. */
@Component
class DeliveryPlanning implements Notifier.DeliveryPlanner {

    private static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.WEBHOOK);

    private final MongoOperations mongo;
    private final Clock clock;
    private final int digestHour;

    DeliveryPlanning(MongoOperations mongo, Clock clock, NotificationProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.digestHour = properties.delivery().digestHour();
    }

    @Override
    public void plan(List<Notification> notifications, List<Recipient> recipients) {
        Instant now = clock.instant();
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < notifications.size(); i++) {
            Notification notification = notifications.get(i);
            Recipient recipient = recipients.get(i);
            for (Channel channel : CHANNELS) {
                if (recipient.preferences().reachableBy(channel)) {
                    Instant due = DeliverySchedule.firstDue(recipient.preferences(), channel.key(), now, digestHour);
                    deliveries.add(new Delivery(Delivery.idFor(notification.id(), channel.key()), notification.id(),
                            recipient.id(), channel.key(), DeliveryStatus.PENDING,
                            DeliverySchedule.isDigest(recipient.preferences(), channel.key()),
                            notification.sourceEventId(), notification.sourceEventType(), due, due, null, List.of(),
                            null, now, now, EventTraceContext.current()));
                }
            }
        }
        InsertIgnoringDuplicates.insert(mongo, Delivery.class, deliveries);
    }
}
