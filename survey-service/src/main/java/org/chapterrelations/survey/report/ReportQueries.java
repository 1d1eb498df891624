package org.chapterrelations.survey.report;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads across a year's reports for the status board, results and exports, without their history. */
@Component
public class ReportQueries {

    private final MongoTemplate mongo;
    private final ReportRepository reports;

    ReportQueries(MongoTemplate mongo, ReportRepository reports) {
        this.mongo = mongo;
        this.reports = reports;
    }

    /** Each chapter's report summary for a year, by chapter id. */
    public Map<String, Summary> summaries(int year) {
        Query query = Query.query(ofYear(year));
        query.fields().include("chapterId", "state", "versions.version", "versions.submittedAt", "versions.late",
                "updatedAt");
        Map<String, Summary> byChapter = new HashMap<>();
        for (Report report : mongo.find(query, Report.class)) {
            VersionSummary last = report.latestVersion().orElse(null);
            byChapter.put(report.chapterId(), new Summary(report.chapterId(), report.state(),
                    last == null ? null : last.version(), last == null ? null : last.submittedAt(),
                    last != null && last.late(), report.updatedAt()));
        }
        return byChapter;
    }

    /** The latest submitted answers of every submitted report of a year, by chapter id. */
    public Map<String, Map<String, Object>> submittedAnswers(int year) {
        Query query = Query.query(ofYear(year).and("submittedAnswers").ne(null));
        query.fields().include("chapterId", "submittedAnswers");
        Map<String, Map<String, Object>> byChapter = new HashMap<>();
        mongo.find(query, Report.class).forEach(report -> byChapter.put(report.chapterId(), report.submittedAnswers()));
        return byChapter;
    }

    /**
     * A year's reports. Their ids start with the year ({@link Report#id}), so the {@code _id} prefix lets the
     * store read that year's range of the {@code _id} index (the only index FerretDB looks up by).
     */
    private static Criteria ofYear(int year) {
        return Criteria.where("_id").regex("^" + year + "-").and("year").is(year);
    }

    public java.util.Optional<Report> report(int year, String chapterId) {
        return reports.findById(Report.id(year, chapterId));
    }

    public record Summary(String chapterId, ReportState state, Integer version, Instant submittedAt,
            boolean submittedLate, Instant updatedAt) {

        public boolean submitted() {
            return state == ReportState.SUBMITTED;
        }
    }
}
