package org.chapterrelations.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chapterrelations.notification.inbox.InboxWriter;
import org.chapterrelations.notification.preference.Channel;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.RecipientRepository;
import org.chapterrelations.platform.events.tracing.EventTraceContext;
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
    private final EventTraceContext traces;

    Notifier(MongoOperations mongo, RecipientRepository recipients, InboxWriter inbox, List<DeliveryPlanner> planners,
            Clock clock, EventTraceContext traces) {
        this.mongo = mongo;
        this.recipients = recipients;
        this.inbox = inbox;
        this.planners = planners;
        this.clock = clock;
        this.traces = traces;
    }

    /** Returns how many recipients the event was for (after their topic preferences). */
    public int notify(NotificationRequest request) {
        return notifyAll(List.of(request));
    }

    /**
     * The same for several events at once (a poll of a batch consumer): one read of all their recipients and
     * one bulk insert of each kind of write, whatever the number of events. Returns how many notifications.
     */
    public int notifyAll(List<NotificationRequest> requests) {
        Instant now = clock.instant();
        Set<String> recipientIds = new LinkedHashSet<>();
        requests.forEach(request -> recipientIds.addAll(request.recipientIds()));
        Map<String, Recipient> byId = new HashMap<>();
        recipients.findAllById(recipientIds).forEach(recipient -> byId.put(recipient.id(), recipient));
        List<Notification> notifications = new ArrayList<>();
        List<Recipient> addressed = new ArrayList<>();
        for (NotificationRequest request : requests) {
            for (String recipientId : new LinkedHashSet<>(request.recipientIds())) {
                Recipient recipient = byId.get(recipientId);
                if (recipient != null && recipient.preferences().wantsTopic(request.topic())) {
                    notifications.add(new Notification(Notification.idFor(request.event().id(), recipient.id()),
                            recipient.id(), request.topic(), request.template(), request.event().id(),
                            request.event().type(), request.event().time(), request.data(), now));
                    addressed.add(recipient);
                }
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
        planInTheirEventsTraces(requests, delivered, deliveredTo);
        return notifications.size();
    }

    /** A delivery is sent in the trace of the event that caused it, so each event's are planned in its trace. */
    private void planInTheirEventsTraces(List<NotificationRequest> requests, List<Notification> delivered,
            List<Recipient> deliveredTo) {
        Map<String, String> traceparents = new HashMap<>();
        requests.forEach(request -> traceparents.putIfAbsent(request.event().id(), request.event().traceparent()));
        Map<String, List<Integer>> byEvent = new LinkedHashMap<>();
        for (int i = 0; i < delivered.size(); i++) {
            byEvent.computeIfAbsent(delivered.get(i).sourceEventId(), event -> new ArrayList<>()).add(i);
        }
        byEvent.forEach((eventId, positions) -> {
            List<Notification> notifications = positions.stream().map(delivered::get).toList();
            List<Recipient> recipientsOf = positions.stream().map(deliveredTo::get).toList();
            traces.continueTrace(traceparents.get(eventId), "plan deliveries", () -> {
                planners.forEach(planner -> planner.plan(notifications, recipientsOf));
                return notifications;
            });
        });
    }

    /** Schedules the deliveries of other channels (e-mail, webhook) for fresh notifications. */
    public interface DeliveryPlanner {

        /** {@code recipients.get(i)} is the recipient of {@code notifications.get(i)}. */
        void plan(List<Notification> notifications, List<Recipient> recipients);
    }
}
