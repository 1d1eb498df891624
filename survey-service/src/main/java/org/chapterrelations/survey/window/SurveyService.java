package org.chapterrelations.survey.window;

import java.time.Clock;
import java.time.LocalDate;

import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.survey.questionnaire.Questionnaire;
import org.chapterrelations.survey.questionnaire.Questionnaires;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.roster.RosterEntry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Scheduling, extending, opening and closing a year's survey. */
@Service
public class SurveyService {

    private final SurveyRepository repository;
    private final Surveys surveys;
    private final Questionnaires questionnaires;
    private final Roster roster;
    private final Outbox outbox;
    private final Clock clock;

    SurveyService(SurveyRepository repository, Surveys surveys, Questionnaires questionnaires, Roster roster,
            Outbox outbox, Clock clock) {
        this.repository = repository;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.roster = roster;
        this.outbox = outbox;
        this.clock = clock;
    }

    Saved schedule(int year, SurveyWindow window, String ifMatch) {
        window.check(year);
        Survey survey = surveys.find(year).orElse(null);
        if (survey == null) {
            return new Saved(repository.insert(Survey.schedule(year, window)), true);
        }
        IfMatch.require(ifMatch, survey.version(), "survey");
        if (survey.closed()) {
            throw ApiException.conflict("The " + year + " survey is closed.");
        }
        if (survey.opened() && !survey.opensOn().equals(window.opensOn())) {
            throw ApiException.badField("opensOn", "cannot change once the survey has opened");
        }
        survey.reschedule(window);
        return new Saved(repository.save(survey), false);
    }

    Survey extend(int year, String chapterId, LocalDate deadline) {
        Survey survey = surveys.require(year);
        if (deadline == null || deadline.isBefore(survey.closesOn())) {
            throw ApiException.badField("deadline", "must be on or after the closing date " + survey.closesOn());
        }
        String chapter = chapterId.strip().toUpperCase();
        // Only a chapter on the roster: the id becomes a key of the survey document.
        if (roster.entry(chapter).isEmpty()) {
            throw ApiException.notFound("Chapter on the roster", chapter);
        }
        survey.extend(chapter, deadline);
        return repository.save(survey);
    }

    /** Opens the survey today for every chapter on the roster; needs a published questionnaire. */
    public Survey open(int year) {
        Survey survey = surveys.require(year);
        if (survey.opened()) {
            throw ApiException.conflict("The " + year + " survey opened on " + survey.openedOn() + ".");
        }
        Questionnaire questionnaire = questionnaires.currentPublished(year).orElseThrow(() -> new ApiException(
                HttpStatus.CONFLICT, "Publish the " + year + " questionnaire before opening the survey."));
        survey.open(LocalDate.now(clock), questionnaire.revision(),
                roster.owing().stream().map(RosterEntry::chapterId).toList());
        return outbox.save(survey);
    }

    public Survey close(Survey survey, int owed, int submitted) {
        survey.close(LocalDate.now(clock), owed, submitted);
        return outbox.save(survey);
    }

    record Saved(Survey survey, boolean created) {
    }
}
