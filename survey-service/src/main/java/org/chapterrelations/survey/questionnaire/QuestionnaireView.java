package org.chapterrelations.survey.questionnaire;

import java.time.Instant;
import java.util.List;

/** A questionnaire revision as clients see it. */
public record QuestionnaireView(int year, int revision, QuestionnaireStatus status, Integer copiedFromYear,
        Instant createdAt, Instant publishedAt, List<Section> sections) {

    public static QuestionnaireView of(Questionnaire questionnaire) {
        return new QuestionnaireView(questionnaire.year(), questionnaire.revision(), questionnaire.status(),
                questionnaire.copiedFromYear(), questionnaire.createdAt(), questionnaire.publishedAt(),
                questionnaire.sections());
    }
}
