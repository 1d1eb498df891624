package org.chapterrelations.survey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.support.Fixtures;
import org.chapterrelations.survey.support.MutableClock;
import org.chapterrelations.survey.support.SurveyApi;
import org.chapterrelations.survey.support.SurveyTestConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import tools.jackson.databind.JsonNode;

/** Reports stored before report_versions existed (every version's answers inline) keep their whole history. */
@PlatformIntegrationTest
@Import(SurveyTestConfig.class)
class EmbeddedVersionsMigrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Roster roster;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EmbeddedVersionsMigration migration;

    @Test
    void aReportOfTheOldShapeKeepsEveryVersionsAnswersAndIsStoredOnceMigrated() {
        SurveyApi api = new SurveyApi(port);
        int year = SurveyApi.uniqueYear();
        String chapter = SurveyApi.uniqueChapter();
        String officer = api.officer(chapter);
        api.registerChapters(roster, chapter);
        clock.setToday(LocalDate.of(year, 3, 1));
        api.openSurvey(year, Fixtures.QUESTIONNAIRE, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30));
        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS), 200);
        expect(api.submit(year, chapter, officer), 200);
        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS.replace("\"members\":120",
                "\"members\":125")), 200);
        expect(api.submit(year, chapter, officer), 200);
        String reportId = year + "-" + chapter;
        writeInTheOldShape(reportId);

        migration.afterSingletonsInstantiated();

        JsonNode versions = json(expect(api.get(api.reportPath(year, chapter) + "/versions", officer), 200));
        assertThat(versions).extracting(version -> version.path("answers").path("members").asInt())
                .containsExactly(120, 125);
        Document stored = mongo.getCollection("reports").find(Filters.eq("_id", reportId)).first();
        assertThat(stored.getList("versions", Document.class)).allSatisfy(version ->
                assertThat(version).doesNotContainKey("answers").containsKeys("version", "submittedBy"));
        assertThat(stored).doesNotContainKey("answers");
        assertThat(json(expect(api.get(api.reportPath(year, chapter), officer), 200)).path("answers")
                .path("members").asInt()).isEqualTo(125);
        assertThat(mongo.getCollection("migrations").find(Filters.eq("_id", EmbeddedVersionsMigration.MARKER))
                .first()).isNotNull();
    }

    /** What the build before report_versions stored: answers in every version and as the working answers. */
    private void writeInTheOldShape(String reportId) {
        MongoCollection<Document> reports = mongo.getCollection("reports");
        MongoCollection<Document> archive = mongo.getCollection("report_versions");
        Document report = reports.find(Filters.eq("_id", reportId)).first();
        Document first = archive.find(Filters.eq("_id", ArchivedVersion.id(reportId, 1))).first();
        List<Document> versions = report.getList("versions", Document.class);
        versions.get(0).append("answers", first.get("answers"));
        versions.get(1).append("answers", report.get("submittedAnswers"));
        reports.replaceOne(Filters.eq("_id", reportId), report.append("versions", versions)
                .append("answers", report.get("submittedAnswers")));
        archive.deleteOne(Filters.eq("_id", ArchivedVersion.id(reportId, 1)));
        mongo.getCollection("migrations").deleteOne(Filters.eq("_id", EmbeddedVersionsMigration.MARKER));
    }
}
