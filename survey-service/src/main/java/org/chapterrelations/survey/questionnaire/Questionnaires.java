package org.chapterrelations.survey.questionnaire;

import java.util.Optional;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.stereotype.Component;

/** Read access to questionnaires for the rest of the service (reports, results, the window). */
@Component
public class Questionnaires {

    private final QuestionnaireRepository repository;

    Questionnaires(QuestionnaireRepository repository) {
        this.repository = repository;
    }

    /** The latest published revision of a year's questionnaire: what a new report is answered under. */
    public Optional<Questionnaire> currentPublished(int year) {
        return repository.findFirstByYearAndStatusOrderByRevisionDesc(year, QuestionnaireStatus.PUBLISHED);
    }

    public Questionnaire requirePublished(int year) {
        return currentPublished(year).orElseThrow(
                () -> ApiException.notFound("Published questionnaire for", year));
    }

    public Questionnaire revision(int year, int revision) {
        return repository.findByYearAndRevision(year, revision)
                .orElseThrow(() -> ApiException.notFound("Questionnaire revision", year + "/" + revision));
    }

    public Optional<Questionnaire> latest(int year) {
        return repository.findFirstByYearOrderByRevisionDesc(year);
    }
}
