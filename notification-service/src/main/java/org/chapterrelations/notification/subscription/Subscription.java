package org.chapterrelations.notification.subscription;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A staff member's legislation alert: bills of a jurisdiction, an issue area, a priority, or one bill. */
@Document("subscriptions")
@CompoundIndex(name = "one_per_match", def = "{'recipientId': 1, 'kind': 1, 'value': 1}", unique = true)
@CompoundIndex(name = "by_match", def = "{'kind': 1, 'value': 1}")
public record Subscription(@Id String id, @Indexed String recipientId, SubscriptionKind kind, String value,
        Instant createdAt) {
}
