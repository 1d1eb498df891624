package org.chapterrelations.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chapterrelations.survey.questionnaire.Question;
import org.chapterrelations.survey.questionnaire.QuestionType;
import org.chapterrelations.survey.questionnaire.Section;
import org.chapterrelations.survey.questionnaire.ShowIf;
import org.junit.jupiter.api.Test;

/** The printable page: every kind of answer, and nothing a user typed becomes markup. */
class ReportPageTest {

    private static final List<Section> SECTIONS = List.of(new Section("about", "About <your> chapter", null, List.of(
            question("highlights", QuestionType.LONG_TEXT, "Highlight", List.of(), null),
            question("topics", QuestionType.MULTI_CHOICE, "Topics", List.of(), null),
            question("has_advocacy", QuestionType.YES_NO, "Advocacy?", List.of(), null),
            question("advocacy_summary", QuestionType.TEXT, "Summary", List.of(),
                    new ShowIf("has_advocacy", true, null)),
            question("website", QuestionType.URL, "Website", List.of(), null),
            question("events", QuestionType.TABLE, "Events held", List.of(
                    new Question.Column("name", QuestionType.TEXT, "Name", true, null, null, null),
                    new Question.Column("attendance", QuestionType.INTEGER, "Attendance", false, null, null, null)),
                    null))));

    @Test
    void everyKindOfAnswerPrintsAndWhatUsersTypedStaysText() {
        Report report = Report.start(2026, "CA", 3);
        report.saveDraft(Map.of("highlights", "<script>alert(1)</script>\nand \"more\" & more",
                "topics", List.of("funding", "<b>access</b>"), "has_advocacy", false,
                "events", List.of(Map.of("name", "<img src=x onerror=alert(1)>", "attendance", 800),
                        Map.of("name", "Fall meeting"))), "officer-ca", Instant.parse("2026-03-02T10:00:00Z"));

        String page = new ReportPage().render(report, SECTIONS);

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>State of the Chapter 2026: CA</title>",
                "<h1>State of the Chapter 2026: CA</h1>", "<p>Draft (not submitted), questionnaire revision 3</p>",
                "<h2>About &lt;your&gt; chapter</h2>",
                "<dd>&lt;script&gt;alert(1)&lt;/script&gt;<br>and &quot;more&quot; &amp; more</dd>",
                "<dd>funding, &lt;b&gt;access&lt;/b&gt;</dd>", "<dt>Advocacy?</dt><dd>No</dd>",
                "<dt>Website</dt><dd><em>No answer</em></dd>",
                "<table><tr><th>Name</th><th>Attendance</th></tr>"
                        + "<tr><td>&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</td><td>800</td></tr>"
                        + "<tr><td>Fall meeting</td><td></td></tr></table>")
                .doesNotContain("<script>", "<b>", "<img", "Summary");
    }

    @Test
    void aSubmittedReportNamesItsVersionAndWhoSubmittedIt() {
        Report report = Report.start(2026, "CA", 3);
        report.submit(Map.of("website", "https://cla.example"), "officer-ca", Instant.parse("2026-03-02T10:00:00Z"),
                false);

        assertThat(new ReportPage().render(report, SECTIONS)).contains(
                "<p>Version 1, submitted by officer-ca on 2026-03-02T10:00:00Z, questionnaire revision 3</p>",
                "<dt>Website</dt><dd>https://cla.example</dd>", "<dt>Highlight</dt><dd><em>No answer</em></dd>");
    }

    private static Question question(String key, QuestionType type, String label, List<Question.Column> columns,
            ShowIf showIf) {
        return new Question(key, type, label, null, false, null, null, List.of(), columns, showIf);
    }
}
