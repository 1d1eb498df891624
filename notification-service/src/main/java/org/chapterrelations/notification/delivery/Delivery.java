package org.chapterrelations.notification.delivery;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification on one channel (e-mail or webhook) and every attempt to deliver it. The unique
 * (notificationId, channel) index is what makes delivery at-most-once per recipient and channel; the
 * schedule ({@code nextAttemptAt}) lives here, so retries, quiet hours and digests survive a restart.
 *
 * @param digest   part of a daily or weekly digest: sent with the recipient's other due digest items
 * @param firstDue when it was first due: retries give up {@code giveUpAfter} later
 * @param leaseEnd while {@code sending}, when another worker may take it over (the sender died)
 */
@Document("deliveries")
@CompoundIndex(name = "once_per_channel", def = "{'notificationId': 1, 'channel': 1}", unique = true)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
public record Delivery(@Id String id, String notificationId, @Indexed String recipientId, String channel,
        DeliveryStatus status, boolean digest, String sourceEventId, String sourceEventType, Instant firstDue,
        Instant nextAttemptAt, Instant leaseEnd, List<Attempt> attempts, String lastResponse, Instant createdAt,
        Instant updatedAt, String traceparent) {

    public static String idFor(String notificationId, String channel) {
        return java.util.UUID.nameUUIDFromBytes((notificationId + "|" + channel)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
