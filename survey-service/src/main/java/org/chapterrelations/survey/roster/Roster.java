package org.chapterrelations.survey.roster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Which chapters owe a report, for the rest of the service: the directory's active chapters, as of now. */
@Component
public class Roster {

    private final RosterRepository repository;

    Roster(RosterRepository repository) {
        this.repository = repository;
    }

    /** Every chapter owing a report now, by id: retired ones have dropped out, newly registered ones are in. */
    public List<RosterEntry> owing() {
        return repository.findByOwesReportTrue(Sort.by("_id"));
    }

    public Optional<RosterEntry> entry(String chapterId) {
        return repository.findById(chapterId);
    }

    public boolean owes(String chapterId) {
        return entry(chapterId).map(RosterEntry::owesReport).orElse(false);
    }
}
