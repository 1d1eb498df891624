package org.chapterrelations.survey.window;

import java.util.List;
import java.util.Optional;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.stereotype.Component;

/** Read access to survey windows for reports, reminders and the status board. */
@Component
public class Surveys {

    private final SurveyRepository repository;

    Surveys(SurveyRepository repository) {
        this.repository = repository;
    }

    public Optional<Survey> find(int year) {
        return repository.findById(String.valueOf(year));
    }

    public Survey require(int year) {
        return find(year).orElseThrow(() -> ApiException.notFound("Survey", year));
    }

    /** Surveys opened and not yet closed: the ones reminders are sent for. */
    public List<Survey> open() {
        return repository.findByOpenedOnIsNotNullAndClosedOnIsNull();
    }

    /** Every survey that has opened, closed ones included (a chapter's extension may outlast the closing). */
    public List<Survey> opened() {
        return repository.findByOpenedOnIsNotNull();
    }
}
