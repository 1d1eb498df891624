package org.chapterrelations.survey.roster;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

interface RosterRepository extends MongoRepository<RosterEntry, String> {

    Page<RosterEntry> findByOwesReportTrue(Pageable pageable);

    List<RosterEntry> findByOwesReportTrue(Sort sort);
}
