package org.chapterrelations.survey.questionnaire;

import com.fasterxml.jackson.annotation.JsonValue;

public enum QuestionnaireStatus {
    DRAFT, PUBLISHED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
