package org.chapterrelations.notification.officer;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OfficerRecipientRepository extends MongoRepository<OfficerRecipient, String> {

    /** The chapter's officers in office now (one entry per term). */
    List<OfficerRecipient> findByChapterIdAndActiveTrueOrderByRoleAscPersonNameAsc(String chapterId);

    /** Officers in office now in any of these chapters. */
    List<OfficerRecipient> findByChapterIdInAndActiveTrue(Collection<String> chapterIds);
}
