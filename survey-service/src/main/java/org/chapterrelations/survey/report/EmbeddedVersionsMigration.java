package org.chapterrelations.survey.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

/**
 * Moves the answers of superseded versions out of reports written before {@code report_versions} existed
 * (they kept every version's answers inline), once per database. It runs before the web server and the
 * schedulers start, so no request of this instance saves a report of the old shape first; a report another
 * writer changed meanwhile is left for the next start, which runs the migration again.
 */
@Component
class EmbeddedVersionsMigration implements SmartInitializingSingleton {

    static final String MARKER = "report-versions-archived";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedVersionsMigration.class);

    private final MongoTemplate mongo;

    EmbeddedVersionsMigration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        MongoCollection<Document> migrations = mongo.getCollection("migrations");
        if (migrations.find(Filters.eq("_id", MARKER)).first() != null) {
            return;
        }
        MongoCollection<Document> reports = mongo.getCollection("reports");
        int migrated = 0;
        int leftForLater = 0;
        for (Document report : reports.find()) {
            List<Document> versions = report.getList("versions", Document.class, List.of());
            if (versions.stream().noneMatch(version -> version.containsKey("answers"))) {
                continue;
            }
            List<Document> summaries = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                Document version = new Document(versions.get(i));
                Object answers = version.remove("answers");
                if (i < versions.size() - 1) {
                    mongo.save(archived(report, version, answers));
                }
                summaries.add(version);
            }
            boolean workingIsSubmitted = "SUBMITTED".equals(report.getString("state"))
                    && !report.getBoolean("unsubmittedChanges", false)
                    && report.get("answers") != null && report.get("answers").equals(report.get("submittedAnswers"));
            // A plain filter document, not Filters.and's $and: FerretDB looks up by _id only at the top level.
            Document unchanged = new Document("_id", report.get("_id")).append("version", report.get("version"));
            UpdateResult result = reports.updateOne(unchanged,
                    workingIsSubmitted ? Updates.combine(Updates.set("versions", summaries), Updates.unset("answers"))
                            : Updates.set("versions", summaries));
            if (result.getMatchedCount() == 1) {
                migrated++;
            }
            else {
                leftForLater++;
            }
        }
        if (leftForLater > 0) {
            log.warn("Archived the earlier versions of {} reports; {} changed meanwhile and wait for the next start",
                    migrated, leftForLater);
            return;
        }
        migrations.replaceOne(Filters.eq("_id", MARKER), new Document("_id", MARKER)
                .append("at", Date.from(Instant.now())).append("reports", migrated), new ReplaceOptions().upsert(true));
        if (migrated > 0) {
            log.info("Archived the earlier versions of {} reports into report_versions", migrated);
        }
    }

    @SuppressWarnings("unchecked")
    private static ArchivedVersion archived(Document report, Document version, Object answers) {
        String reportId = report.getString("_id");
        int number = version.getInteger("version");
        Date submittedAt = version.getDate("submittedAt");
        return new ArchivedVersion(ArchivedVersion.id(reportId, number), reportId, report.getInteger("year"),
                report.getString("chapterId"), number, (Map<String, Object>) answers, version.getString("submittedBy"),
                submittedAt == null ? null : submittedAt.toInstant(), version.getBoolean("late", false));
    }
}
