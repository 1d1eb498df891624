package org.chapterrelations.directory.office;

import java.time.LocalDate;
import java.util.List;

import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Read-only access to current officers for other features (exports), with the officer API's rules. */
@Component
public class OfficerRoster {

    // Officers are held in memory per query anyway; one page holds them all.
    private static final Pageable ALL = PageRequest.of(0, 100_000);

    private final OfficerQueries queries;

    OfficerRoster(OfficerQueries queries) {
        this.queries = queries;
    }

    /** A chapter's officers today, by office; 404 if there is no such chapter. */
    public List<TermView> currentOf(String chapterCode, Caller caller) {
        return queries.ofChapter(chapterCode, null, false, null, caller, ALL).getContent();
    }

    /** Holders of {@code role} (null = every office) on {@code at} (null = today), by chapter then office. */
    public List<TermView> acrossChapters(String role, LocalDate at, Caller caller) {
        return queries.acrossChapters(role, at, caller, ALL).getContent();
    }
}
