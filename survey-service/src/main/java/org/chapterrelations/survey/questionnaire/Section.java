package org.chapterrelations.survey.questionnaire;

import java.util.List;

/** A titled group of questions, shown in order. */
public record Section(String key, String title, String description, List<Question> questions) {

    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
