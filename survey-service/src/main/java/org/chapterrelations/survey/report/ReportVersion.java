package org.chapterrelations.survey.report;

import java.time.Instant;
import java.util.Map;

/** One submission of a report with its answers: version 1 is the submission, later ones amendments. */
public record ReportVersion(int version, Map<String, Object> answers, String submittedBy, Instant submittedAt,
        boolean late) {
}
