package org.chapterrelations.survey.window;

import java.time.LocalDate;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.survey.status.StatusBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Opens surveys on their opening date and closes them the day after their closing date. Safe to run
 * on several instances at once: a concurrent change of the same survey loses on its version.
 */
@Component
public class SurveyCalendar {

    private static final Logger log = LoggerFactory.getLogger(SurveyCalendar.class);

    private final SurveyRepository repository;
    private final SurveyService service;
    private final StatusBoard board;
    private final Surveys surveys;

    SurveyCalendar(SurveyRepository repository, SurveyService service, StatusBoard board, Surveys surveys) {
        this.surveys = surveys;
        this.repository = repository;
        this.service = service;
        this.board = board;
    }

    /**
     * Staff close a survey whose closing date has passed at once, rather than at the calendar's next run;
     * 409 while it is not open, already closed, or still before the day after its closing date.
     */
    public Survey closeNow(int year, LocalDate today) {
        Survey survey = surveys.require(year);
        if (!survey.opened()) {
            throw ApiException.conflict("The " + year + " survey has not opened.");
        }
        if (survey.closed()) {
            throw ApiException.conflict("The " + year + " survey closed on " + survey.closedOn() + ".");
        }
        if (!today.isAfter(survey.closesOn())) {
            throw ApiException.conflict("The " + year + " survey is open until " + survey.closesOn() + ".");
        }
        StatusBoard.Board status = board.of(survey);
        return service.close(survey, status.owed(), status.submitted());
    }

    public void runOn(LocalDate today) {
        for (Survey survey : repository.findByOpenedOnIsNullAndOpensOnLessThanEqual(today)) {
            try {
                service.open(survey.year());
            }
            catch (OptimisticLockingFailureException ex) {
                log.debug("Survey {} opened by another instance", survey.year());
            }
            catch (RuntimeException ex) {
                log.warn("Survey {} is due to open but cannot: {}", survey.year(), ex.getMessage());
            }
        }
        for (Survey survey : repository.findByOpenedOnIsNotNullAndClosedOnIsNull()) {
            if (today.isAfter(survey.closesOn())) {
                StatusBoard.Board status = board.of(survey);
                try {
                    service.close(survey, status.owed(), status.submitted());
                }
                catch (OptimisticLockingFailureException ex) {
                    log.debug("Survey {} closed by another instance", survey.year());
                }
            }
        }
    }
}
