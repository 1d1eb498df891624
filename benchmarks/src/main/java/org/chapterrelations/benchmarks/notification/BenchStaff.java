package org.chapterrelations.benchmarks.notification;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * The subscribed staff, written straight into notification-service's {@code recipients} and
 * {@code subscriptions} collections in the service's own document shape: through the API each account
 * would need its own token from the auth server, which only knows the demo users. In-app only (no
 * e-mail address), so the burst measures the inbox path. Earlier bench data is removed first.
 */
final class BenchStaff {

    static final String PREFIX = "bench-staff-";

    private BenchStaff() {
    }

    static void reset(MongoDatabase db, BurstOptions options) {
        db.getCollection("recipients").deleteMany(Filters.regex("_id", "^" + PREFIX));
        db.getCollection("subscriptions").deleteMany(Filters.regex("recipientId", "^" + PREFIX));
        db.getCollection("inbox").deleteMany(Filters.regex("recipientId", "^" + PREFIX));
        db.getCollection("notifications").deleteMany(Filters.regex("recipientId", "^" + PREFIX));
        Date now = new Date();
        List<Document> recipients = new ArrayList<>();
        List<Document> subscriptions = new ArrayList<>();
        for (int i = 0; i < options.staff(); i++) {
            String id = PREFIX + String.format("%04d", i);
            String jurisdiction = Jurisdictions.CODES.get(i % options.jurisdictions());
            recipients.add(new Document("_id", id).append("kind", "ACCOUNT").append("name", id)
                    .append("roles", List.of("staff")).append("chapterId", null)
                    .append("preferences", new Document("email", null).append("webhook", null)
                            .append("channels", new Document("email", true).append("webhook", false).append("in-app", true))
                            .append("topics", new Document("legislation", true).append("campaigns", true)
                                    .append("survey-reminders", true).append("survey-receipts", false)
                                    .append("welcome", true))
                            .append("deliveryMode", "IMMEDIATE").append("quietHours", null))
                    .append("createdAt", now).append("updatedAt", now)
                    .append("_class", "org.chapterrelations.notification.preference.Recipient"));
            subscriptions.add(new Document("_id", "bench-sub-" + i).append("recipientId", id)
                    .append("kind", "JURISDICTION").append("value", jurisdiction).append("createdAt", now)
                    .append("_class", "org.chapterrelations.notification.subscription.Subscription"));
        }
        db.getCollection("recipients").insertMany(recipients);
        db.getCollection("subscriptions").insertMany(subscriptions);
    }
}
