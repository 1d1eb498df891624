package org.chapterrelations.survey.report;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A report's version that a later one superseded, with its answers, kept for ever; its id is the report's
 * id, {@code #} and the version number.
 */
@Document("report_versions")
record ArchivedVersion(@Id String id, String reportId, int year, String chapterId, int version,
        Map<String, Object> answers, String submittedBy, Instant submittedAt, boolean late) {

    static String id(String reportId, int version) {
        return reportId + "#" + version;
    }

    static ArchivedVersion of(Report report, VersionSummary summary, Map<String, Object> answers) {
        return new ArchivedVersion(id(report.id(), summary.version()), report.id(), report.year(),
                report.chapterId(), summary.version(), answers, summary.submittedBy(), summary.submittedAt(),
                summary.late());
    }

    ReportVersion toVersion() {
        return new ReportVersion(version, answers, submittedBy, submittedAt, late);
    }
}
