package org.chapterrelations.notification.preference;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RecipientRepository extends MongoRepository<Recipient, String> {

    /** Chapter-officer accounts of these chapters (their token's {@code chapter_id}). */
    List<Recipient> findByKindAndRolesContainingAndChapterIdIn(RecipientKind kind, String role,
            Collection<String> chapterIds);

    List<Recipient> findByKindAndRolesIn(RecipientKind kind, Collection<String> roles);
}
