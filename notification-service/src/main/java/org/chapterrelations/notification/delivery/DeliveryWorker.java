package org.chapterrelations.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chapterrelations.notification.NotificationProperties;
import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.preference.Channel;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.RecipientRepository;
import org.chapterrelations.platform.events.schedule.FixedDelaySchedule;
import org.chapterrelations.platform.events.tracing.EventTraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. Each is claimed with one atomic find-and-modify (status {@code sending} plus a
 * lease), so several instances never send the same one; a claim whose lease ran out (the sender died) is
 * taken again. A due digest item takes its recipient's other due digest items along into one message.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final MongoOperations mongo;
    private final RecipientRepository recipients;
    private final Map<String, ChannelSender> senders;
    private final DeliveryOutcomes outcomes;
    private final NotificationProperties.Delivery settings;
    private final Clock clock;
    private final EventTraceContext traces;
    private final FixedDelaySchedule loop;

    DeliveryWorker(MongoOperations mongo, RecipientRepository recipients, List<ChannelSender> senders,
            DeliveryOutcomes outcomes, NotificationProperties properties, Clock clock, EventTraceContext traces) {
        this.mongo = mongo;
        this.recipients = recipients;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.outcomes = outcomes;
        this.settings = properties.delivery();
        this.clock = clock;
        this.traces = traces;
        this.loop = new FixedDelaySchedule("delivery-worker", this::runQuietly, Duration.ZERO, settings.pollInterval());
    }

    /** Sends what is due now; returns how many deliveries it handled. */
    int runDue() {
        int handled = 0;
        while (handled < settings.batchSize()) {
            Delivery delivery = claim(null);
            if (delivery == null) {
                break;
            }
            // The send belongs to the trace of the action whose event caused the notification.
            handled += traces.continueTrace(delivery.traceparent(), "deliver " + delivery.channel(),
                    () -> deliver(delivery));
        }
        return handled;
    }

    private int deliver(Delivery first) {
        Instant now = clock.instant();
        Recipient recipient = recipients.findById(first.recipientId()).orElse(null);
        List<Delivery> group = new ArrayList<>(List.of(first));
        if (first.digest()) {
            Criteria mates = Criteria.where("recipientId").is(first.recipientId()).and("channel").is(first.channel())
                    .and("digest").is(true);
            for (Delivery mate = claim(mates); mate != null; mate = claim(mates)) {
                group.add(mate);
            }
        }
        SendResult result;
        if (recipient == null || !recipient.preferences().reachableBy(Channel.fromKey(first.channel()).orElseThrow())) {
            result = SendResult.rejected(null, "The recipient switched this channel off or has no address for it");
        }
        else if (!first.digest() && DeliverySchedule.outsideQuietHours(recipient.preferences(), now).isAfter(now)) {
            group.forEach(delivery -> outcomes.postpone(delivery,
                    DeliverySchedule.outsideQuietHours(recipient.preferences(), now), now));
            return group.size();
        }
        else {
            result = send(recipient, group);
        }
        group.forEach(delivery -> outcomes.record(delivery, result, clock.instant()));
        return group.size();
    }

    private SendResult send(Recipient recipient, List<Delivery> group) {
        List<String> ids = group.stream().map(Delivery::notificationId).toList();
        Map<String, Notification> byId = mongo.find(Query.query(Criteria.where("_id").in(ids)), Notification.class)
                .stream().collect(Collectors.toMap(Notification::id, Function.identity()));
        List<Notification> notifications = ids.stream().map(byId::get).filter(n -> n != null).toList();
        try {
            return senders.get(group.get(0).channel()).send(recipient, notifications);
        }
        catch (RuntimeException ex) {
            log.warn("Sending {} over {} failed unexpectedly", ids, group.get(0).channel(), ex);
            return SendResult.retryable(null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
    }

    /**
     * Claims the next due delivery: find the oldest due one, then take it with an update that matches only while
     * it is still due, so two workers never both win it. Not one findAndModify: FerretDB 1.24 refuses the empty
     * {@code fields} that Spring Data sends with it (NotImplemented).
     */
    private Delivery claim(Criteria scope) {
        Instant now = clock.instant();
        Criteria due = new Criteria().orOperator(
                Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now),
                Criteria.where("status").is(DeliveryStatus.SENDING).and("leaseEnd").lte(now));
        Criteria candidates = scope == null ? due : new Criteria().andOperator(scope, due);
        Update update = new Update().set("status", DeliveryStatus.SENDING).set("leaseEnd", now.plus(settings.lease()));
        for (int attempt = 0; attempt < 3; attempt++) {
            Delivery next = mongo.findOne(Query.query(candidates).with(Sort.by("nextAttemptAt")), Delivery.class);
            if (next == null) {
                return null;
            }
            Query stillDue = Query.query(new Criteria().andOperator(Criteria.where("_id").is(next.id()), due));
            if (mongo.updateFirst(stillDue, update, Delivery.class).getModifiedCount() == 1) {
                return mongo.findById(next.id(), Delivery.class);
            }
        }
        return null;
    }

    private void runQuietly() {
        try {
            runDue();
        }
        catch (RuntimeException ex) {
            log.warn("Delivery loop failed; will retry in {}: {}", settings.pollInterval(), ex.getMessage());
        }
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
