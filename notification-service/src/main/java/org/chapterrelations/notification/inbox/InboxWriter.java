package org.chapterrelations.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chapterrelations.notification.delivery.DeliveryMetrics;
import org.chapterrelations.notification.notification.InsertIgnoringDuplicates;
import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.preference.Channel;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.template.Rendered;
import org.chapterrelations.notification.template.TemplateFields;
import org.chapterrelations.notification.template.Templates;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Writes the inbox items of one event, or of a poll of them, in one bulk insert, then pushes the new ones to open streams. */
@Component
public class InboxWriter {

    private final MongoOperations mongo;
    private final Templates templates;
    private final InboxStream stream;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    InboxWriter(MongoOperations mongo, Templates templates, InboxStream stream, Clock clock, DeliveryMetrics metrics) {
        this.mongo = mongo;
        this.templates = templates;
        this.stream = stream;
        this.clock = clock;
        this.metrics = metrics;
    }

    public void write(List<Notification> notifications, List<Recipient> recipients) {
        Map<String, Recipient> byId = TemplateFields.byId(recipients);
        Instant now = clock.instant();
        List<InboxItem> items = notifications.stream().map(notification -> {
            Rendered content = templates.render(notification.template(), Channel.IN_APP.key(),
                    TemplateFields.of(notification, byId.get(notification.recipientId())));
            return new InboxItem(notification.id(), notification.recipientId(), notification.topic(),
                    notification.sourceEventType(), content.subject(), content.body(), false,
                    notification.eventTime(), now);
        }).toList();
        List<InboxItem> written = InsertIgnoringDuplicates.insert(mongo, InboxItem.class, items);
        metrics.delivered(Channel.IN_APP.key(), written.size());
        stream.publish(written);
    }
}
