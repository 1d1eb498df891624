package org.chapterrelations.survey.report;

import java.time.LocalDate;

import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.survey.questionnaire.Questionnaires;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Raises a ReminderDue on the chapter's report through the outbox. The report remembers which offsets it
 * raised, and its version check settles a race, so a reminder is raised at most once even if two callers
 * get here for the same offset.
 */
@Component
public class Reminders {

    private static final int ATTEMPTS = 5;

    private final ReportRepository reports;
    private final Questionnaires questionnaires;
    private final Outbox outbox;

    Reminders(ReportRepository reports, Questionnaires questionnaires, Outbox outbox) {
        this.reports = reports;
        this.questionnaires = questionnaires;
        this.outbox = outbox;
    }

    /** Returns whether this call raised it (false: already raised, or the chapter has submitted since). */
    public boolean raise(int year, String chapterId, int daysBefore, LocalDate deadline) {
        for (int attempt = 1; ; attempt++) {
            try {
                Report report = reports.findById(Report.id(year, chapterId)).orElseGet(() -> Report.start(year,
                        chapterId, questionnaires.requirePublished(year).revision()));
                if (report.state() == ReportState.SUBMITTED || !report.remind(daysBefore, deadline)) {
                    return false;
                }
                outbox.save(report);
                return true;
            }
            catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
                if (attempt == ATTEMPTS) {
                    throw ex;
                }
            }
        }
    }
}
