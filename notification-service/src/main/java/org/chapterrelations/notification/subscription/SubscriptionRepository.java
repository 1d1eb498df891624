package org.chapterrelations.notification.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SubscriptionRepository extends MongoRepository<Subscription, String> {

    List<Subscription> findByRecipientIdOrderByCreatedAtAsc(String recipientId);

    Optional<Subscription> findByIdAndRecipientId(String id, String recipientId);
}
