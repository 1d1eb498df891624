package org.chapterrelations.survey.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.chapterrelations.survey.status.StatusBoard;
import org.chapterrelations.survey.window.Survey;
import org.chapterrelations.survey.window.Surveys;
import org.chapterrelations.survey.report.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * For each open survey and each chapter that has not submitted, sends the reminders that are due: an
 * offset is due once {@code deadline - daysBefore <= today <= deadline}, and not if that day came
 * before the survey opened (no "30 days left" for a survey opened with 20). Each one is claimed with a
 * unique-keyed insert into {@code reminders_sent}; only the winner raises it. No transactions.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    /** A claim this old and still unraised belongs to a run that died: finish it. */
    private static final Duration ABANDONED = Duration.ofMinutes(2);

    private final Surveys surveys;
    private final StatusBoard board;
    private final Reminders reminders;
    private final MongoTemplate mongo;
    private final Clock clock;

    ReminderJob(Surveys surveys, StatusBoard board, Reminders reminders, MongoTemplate mongo, Clock clock) {
        this.surveys = surveys;
        this.board = board;
        this.reminders = reminders;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Returns how many reminders this run raised. */
    public int runOn(LocalDate today) {
        int raised = finishAbandonedClaims();
        for (Survey survey : surveys.opened()) {
            for (StatusBoard.ChapterStatus chapter : board.of(survey).chapters()) {
                if (!chapter.status().equals("submitted")) {
                    raised += remindIfDue(survey, chapter.chapterId(), today);
                }
            }
        }
        return raised;
    }

    private int remindIfDue(Survey survey, String chapterId, LocalDate today) {
        LocalDate deadline = survey.deadlineFor(chapterId);
        int raised = 0;
        for (int daysBefore : survey.reminderDaysBefore()) {
            LocalDate due = deadline.minusDays(daysBefore);
            if (!due.isAfter(today) && !today.isAfter(deadline) && !due.isBefore(survey.openedOn())
                    && claim(survey.year(), chapterId, daysBefore)) {
                raised += raise(survey.year(), chapterId, daysBefore, deadline);
            }
        }
        return raised;
    }

    private boolean claim(int year, String chapterId, int daysBefore) {
        try {
            mongo.insert(new ReminderClaim(ReminderClaim.id(year, chapterId, daysBefore), year, chapterId, daysBefore,
                    clock.instant(), false));
            return true;
        }
        catch (DuplicateKeyException ex) {
            return false;
        }
    }

    private int raise(int year, String chapterId, int daysBefore, LocalDate deadline) {
        boolean raised = reminders.raise(year, chapterId, daysBefore, deadline);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ReminderClaim.id(year, chapterId, daysBefore))),
                Update.update("raised", true), ReminderClaim.class);
        if (raised) {
            log.info("Reminder due for {} of {}: {} days before the deadline", chapterId, year, daysBefore);
        }
        return raised ? 1 : 0;
    }

    private int finishAbandonedClaims() {
        Query stale = Query.query(Criteria.where("raised").is(false).and("claimedAt")
                .lt(clock.instant().minus(ABANDONED)));
        int raised = 0;
        for (ReminderClaim claim : mongo.find(stale, ReminderClaim.class)) {
            Survey survey = surveys.find(claim.year()).orElse(null);
            if (survey != null) {
                raised += raise(claim.year(), claim.chapterId(), claim.daysBefore(),
                        survey.deadlineFor(claim.chapterId()));
            }
        }
        return raised;
    }
}
