package org.chapterrelations.survey.report;

import java.time.Clock;
import java.time.LocalDate;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.window.Survey;
import org.chapterrelations.survey.window.Surveys;
import org.springframework.stereotype.Component;

/** Who may read and change which report, and when. */
@Component
class ReportAccess {

    private final Surveys surveys;
    private final Roster roster;
    private final Clock clock;

    ReportAccess(Surveys surveys, Roster roster, Clock clock) {
        this.surveys = surveys;
        this.roster = roster;
        this.clock = clock;
    }

    /** A chapter officer reads their own chapter's report; staff read all. */
    Survey readable(int year, String chapterId, Caller caller) {
        if (!caller.actsFor(chapterId)) {
            throw ApiException.forbidden("You may only see your own chapter's report.");
        }
        return surveys.require(year);
    }

    /**
     * Changes are allowed from the opening to the chapter's deadline, or after it once staff reopened the
     * report; a chapter must be on the roster to start one.
     */
    Survey writable(int year, String chapterId, Caller caller, Report existing) {
        Survey survey = readable(year, chapterId, caller);
        if (!survey.opened()) {
            throw ApiException.conflict("The " + year + " survey is not open yet (it opens on " + survey.opensOn()
                    + ").");
        }
        boolean reopened = existing != null && existing.reopened();
        if (!reopened && !survey.acceptsAnswersFrom(chapterId, today())) {
            throw ApiException.conflict("The deadline for " + chapterId + " was " + survey.deadlineFor(chapterId)
                    + ": only staff can reopen the report.");
        }
        if (existing == null && !roster.owes(chapterId)) {
            throw ApiException.notFound("Chapter on the " + year + " roster:", chapterId);
        }
        return survey;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
