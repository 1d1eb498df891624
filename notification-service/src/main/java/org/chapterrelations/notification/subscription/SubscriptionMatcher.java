package org.chapterrelations.notification.subscription;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Who subscribed to a bill: by its id, its jurisdiction, one of its issue areas, or its priority. One query. */
@Component
public class SubscriptionMatcher {

    private final MongoOperations mongo;

    SubscriptionMatcher(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Set<String> subscribersOf(String billId, String jurisdiction, Collection<String> issueAreas,
            String priority) {
        List<Criteria> any = new ArrayList<>();
        any.add(match(SubscriptionKind.BILL, List.of(billId)));
        any.add(match(SubscriptionKind.JURISDICTION, List.of(jurisdiction)));
        if (issueAreas != null && !issueAreas.isEmpty()) {
            any.add(match(SubscriptionKind.ISSUE_AREA, issueAreas));
        }
        if (priority != null) {
            any.add(match(SubscriptionKind.PRIORITY, List.of(priority)));
        }
        Query query = Query.query(new Criteria().orOperator(any));
        query.fields().include("recipientId");
        Set<String> recipients = new LinkedHashSet<>();
        mongo.find(query, Subscription.class).forEach(subscription -> recipients.add(subscription.recipientId()));
        return recipients;
    }

    private static Criteria match(SubscriptionKind kind, Collection<String> values) {
        return Criteria.where("kind").is(kind).and("value")
                .in(values.stream().filter(v -> v != null).map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }
}
