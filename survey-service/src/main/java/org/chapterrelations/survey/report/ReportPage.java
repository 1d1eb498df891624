package org.chapterrelations.survey.report;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chapterrelations.survey.questionnaire.Question;
import org.chapterrelations.survey.questionnaire.Questionnaire;
import org.chapterrelations.survey.questionnaire.Section;

/** One chapter's report as a printable HTML page; every text from users or staff is escaped. */
final class ReportPage {

    private ReportPage() {
    }

    static String render(Report report, Questionnaire questionnaire) {
        boolean submitted = report.submittedAnswers() != null;
        Map<String, Object> answers = submitted ? report.submittedAnswers() : report.answers();
        String heading = "State of the Chapter " + report.year() + ": " + report.chapterId();
        String version = report.latestVersion().map(latest -> "Version " + latest.version() + ", submitted by "
                + latest.submittedBy() + " on " + latest.submittedAt()).orElse("Draft (not submitted)");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(htmlEscape(heading)).append("</title><style>")
                .append("body{font-family:serif;max-width:48em;margin:2em auto}dt{font-weight:bold;margin-top:.8em}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}")
                .append("@media print{a{color:inherit}}</style></head><body>\n<h1>").append(htmlEscape(heading))
                .append("</h1>\n<p>").append(htmlEscape(version)).append(", questionnaire revision ")
                .append(report.questionnaireRevision()).append("</p>\n");
        for (Section section : questionnaire.sections()) {
            html.append("<h2>").append(htmlEscape(section.title())).append("</h2>\n<dl>\n");
            for (Question question : section.questions()) {
                if (question.showIf() != null && !answers.containsKey(question.key())) {
                    continue;
                }
                html.append("<dt>").append(htmlEscape(question.label())).append("</dt><dd>")
                        .append(answer(question, answers.get(question.key()))).append("</dd>\n");
            }
            html.append("</dl>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String answer(Question question, Object value) {
        if (value == null) {
            return "<em>No answer</em>";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof Map<?, ?>) {
            return table(question, rows);
        }
        if (value instanceof List<?> chosen) {
            return chosen.stream().map(choice -> htmlEscape(String.valueOf(choice))).collect(Collectors.joining(", "));
        }
        return htmlEscape(String.valueOf(value)).replace("\n", "<br>");
    }

    private static String table(Question question, List<?> rows) {
        StringBuilder html = new StringBuilder("<table><tr>");
        question.columns().forEach(column -> html.append("<th>").append(htmlEscape(column.label())).append("</th>"));
        html.append("</tr>");
        for (Object row : rows) {
            Map<?, ?> cells = (Map<?, ?>) row;
            html.append("<tr>");
            question.columns().forEach(column -> {
                Object cell = cells.get(column.key());
                html.append("<td>").append(cell == null ? "" : htmlEscape(String.valueOf(cell))).append("</td>");
            });
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }
}
