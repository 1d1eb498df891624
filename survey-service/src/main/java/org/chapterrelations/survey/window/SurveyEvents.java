package org.chapterrelations.survey.window;

import java.time.LocalDate;
import java.util.List;

/** What a survey publishes on {@code survey.reports.v1}; docs/events/survey.Survey*.v1.schema.json are the contract. */
final class SurveyEvents {

    static final String TOPIC = "survey.reports.v1";
    static final String OPENED = "survey.SurveyOpened.v1";
    static final String CLOSED = "survey.SurveyClosed.v1";

    private SurveyEvents() {
    }

    record SurveyOpened(int surveyYear, int questionnaireRevision, LocalDate opensOn, LocalDate closesOn,
            List<Integer> reminderDaysBefore, List<String> chapterIds) {
    }

    record SurveyClosed(int surveyYear, LocalDate closedOn, int owed, int submitted) {
    }
}
