package org.chapterrelations.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.chapterrelations.notification.inbox.InboxWriter;
import org.chapterrelations.notification.preference.Channel;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.RecipientRepository;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Turns a rule's decision into notifications: one per recipient who wants the topic, then an inbox item
 * and the e-mail and webhook deliveries their preferences ask for. Every write is a bulk insert keyed so
 * that the same event applied twice writes nothing new.
 */
@Service
public class Notifier {

    private final MongoOperations mongo;
    private final RecipientRepository recipients;
    private final InboxWriter inbox;
    private final List<DeliveryPlanner> planners;
    private final Clock clock;

    Notifier(MongoOperations mongo, RecipientRepository recipients, InboxWriter inbox, List<DeliveryPlanner> planners,
            Clock clock) {
        this.mongo = mongo;
        this.recipients = recipients;
        this.inbox = inbox;
        this.planners = planners;
        this.clock = clock;
    }

    /** Returns how many recipients the event was for (after their topic preferences). */
    public int notify(NotificationRequest request) {
        Instant now = clock.instant();
        List<Notification> notifications = new ArrayList<>();
        List<Recipient> addressed = new ArrayList<>();
        for (Recipient recipient : recipients.findAllById(new LinkedHashSet<>(request.recipientIds()))) {
            if (recipient.preferences().wantsTopic(request.topic())) {
                notifications.add(new Notification(Notification.idFor(request.event().id(), recipient.id()),
                        recipient.id(), request.topic(), request.template(), request.event().id(),
                        request.event().type(), request.event().time(), request.data(), now));
                addressed.add(recipient);
            }
        }
        List<Notification> inApp = new ArrayList<>();
        List<Notification> delivered = new ArrayList<>();
        List<Recipient> deliveredTo = new ArrayList<>();
        for (int i = 0; i < notifications.size(); i++) {
            Recipient recipient = addressed.get(i);
            if (recipient.preferences().reachableBy(Channel.IN_APP)) {
                inApp.add(notifications.get(i));
            }
            if (recipient.preferences().reachableBy(Channel.EMAIL)
                    || recipient.preferences().reachableBy(Channel.WEBHOOK)) {
                delivered.add(notifications.get(i));
                deliveredTo.add(recipient);
            }
        }
        inbox.write(inApp, addressed);
        // Only e-mail and webhook need the notification kept for the worker; in-app-only ones skip that write.
        // Inserted or not, each gets its deliveries: a crash between the two writes is repaired on redelivery.
        InsertIgnoringDuplicates.insert(mongo, Notification.class, delivered);
        planners.forEach(planner -> planner.plan(delivered, deliveredTo));
        return notifications.size();
    }

    /** Schedules the deliveries of other channels (e-mail, webhook) for fresh notifications. */
    public interface DeliveryPlanner {

        /** {@code recipients.get(i)} is the recipient of {@code notifications.get(i)}. */
        void plan(List<Notification> notifications, List<Recipient> recipients);
    }
}
