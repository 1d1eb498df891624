package org.chapterrelations.notification.inbox;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface InboxRepository extends MongoRepository<InboxItem, String> {

    Page<InboxItem> findByRecipientId(String recipientId, Pageable pageable);

    long countByRecipientIdAndReadFalse(String recipientId);

    Optional<InboxItem> findByIdAndRecipientId(String id, String recipientId);
}
