package org.chapterrelations.notification.recipient;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * notification-service's copy of a chapter: where to reach it and whether it still receives anything.
 * Officers (the people who get alerts) join this model with the directory's officer events.
 */
@Document("chapter_contacts")
public record ChapterContact(@Id String chapterId, String name, String state, String publicEmail, boolean reachable,
        Instant updatedAt) {
}
