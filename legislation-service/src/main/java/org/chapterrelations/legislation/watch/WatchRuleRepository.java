package org.chapterrelations.legislation.watch;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface WatchRuleRepository extends MongoRepository<WatchRule, String> {

    List<WatchRule> findAllByOrderByCreatedAtAsc();
}
