package org.chapterrelations.survey.report;

import java.time.Instant;
import java.time.LocalDate;

/** What a report publishes on {@code survey.reports.v1}; docs/events/survey.*.v1.schema.json are the contract. */
final class ReportEvents {

    static final String TOPIC = "survey.reports.v1";
    static final String SUBMITTED = "survey.ReportSubmitted.v1";
    static final String AMENDED = "survey.ReportAmended.v1";
    static final String REMINDER_DUE = "survey.ReminderDue.v1";

    private ReportEvents() {
    }

    record Submission(String reportId, int surveyYear, String chapterId, int version, String submittedBy,
            Instant submittedAt, boolean late) {
    }

    record ReminderDue(String reportId, int surveyYear, String chapterId, int daysBefore, LocalDate deadline,
            String reportState) {
    }
}
