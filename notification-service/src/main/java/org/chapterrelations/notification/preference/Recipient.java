package org.chapterrelations.notification.preference;

import java.time.Instant;
import java.util.Set;

import org.chapterrelations.platform.web.security.Roles;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone this service notifies, with their preferences. {@code chapterId} is upper-case (the chapter
 * code); {@code roles} are those of the token last seen (accounts) or {@code chapter-officer} (officers).
 */
@Document("recipients")
public record Recipient(@Id String id, RecipientKind kind, String name, @Indexed Set<String> roles,
        @Indexed String chapterId, Preferences preferences, Instant createdAt, Instant updatedAt) {

    public static String officerId(String personId) {
        return "person:" + personId;
    }

    public boolean isStaff() {
        return roles.contains(Roles.STAFF) || roles.contains(Roles.ADMIN);
    }

    public Recipient withPreferences(Preferences changed, Instant now) {
        return new Recipient(id, kind, name, roles, chapterId, changed, createdAt, now);
    }
}
