package org.chapterrelations.survey.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chapterrelations.survey.questionnaire.QuestionnaireView;

/** A report as its chapter and staff see it, with the questionnaire revision it is answered under. */
record ReportView(String reportId, int year, String chapterId, ReportState state, int questionnaireRevision,
        LocalDate deadline, boolean editable, boolean reopened, boolean unsubmittedChanges, Integer prefilledFromYear,
        Map<String, Object> answers, List<VersionSummary> versions, List<Report.Reopening> reopenings,
        Instant updatedAt, String updatedBy, QuestionnaireView questionnaire) {
}
