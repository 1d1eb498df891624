package org.chapterrelations.notification.recipient;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ChapterContactRepository extends MongoRepository<ChapterContact, String> {

    /** Reachable chapters in these states (upper-case codes such as CA). */
    List<ChapterContact> findByStateInAndReachableTrue(Collection<String> states);
}
