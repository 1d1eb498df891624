package org.chapterrelations.survey.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every submitted version of a report with its answers: the latest lives in the report itself, the ones
 * it superseded in {@code report_versions}. Archiving a version before the report moves on needs no
 * transaction: the archived copy of version n is the same whoever writes it and however often, and it is
 * only read once the report says a version n + 1 exists.
 */
@Component
class ReportHistory {

    private final MongoTemplate mongo;

    ReportHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Copies the latest submitted version into the archive; call before a new version is submitted. */
    void archiveLatest(Report report) {
        report.latestVersion().ifPresent(latest -> archive(report, latest, report.submittedAnswers()));
    }

    private void archive(Report report, VersionSummary summary, Map<String, Object> answers) {
        mongo.save(ArchivedVersion.of(report, summary, answers));
    }

    /** Oldest first. */
    List<ReportVersion> versions(Report report) {
        List<VersionSummary> summaries = report.versions();
        if (summaries.isEmpty()) {
            return List.of();
        }
        List<String> ids = summaries.subList(0, summaries.size() - 1).stream()
                .map(summary -> ArchivedVersion.id(report.id(), summary.version())).toList();
        Map<Integer, ArchivedVersion> archived = mongo.find(Query.query(Criteria.where("_id").in(ids)),
                ArchivedVersion.class).stream()
                .collect(Collectors.toMap(ArchivedVersion::version, Function.identity()));
        List<ReportVersion> versions = new ArrayList<>();
        for (VersionSummary summary : summaries.subList(0, summaries.size() - 1)) {
            ArchivedVersion version = archived.get(summary.version());
            if (version == null) {
                throw new IllegalStateException("Version " + summary.version() + " of report " + report.id()
                        + " is missing from report_versions");
            }
            versions.add(version.toVersion());
        }
        VersionSummary latest = summaries.get(summaries.size() - 1);
        versions.add(new ReportVersion(latest.version(), report.submittedAnswers(), latest.submittedBy(),
                latest.submittedAt(), latest.late()));
        return versions;
    }
}
