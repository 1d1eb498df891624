package org.chapterrelations.survey.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chapterrelations.survey.questionnaire.Question;
import org.chapterrelations.survey.questionnaire.Section;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * One chapter's report as a printable HTML page, from {@code templates/report/printable.html.mustache}.
 * Mustache escapes every value it writes, so the answers, labels and titles users and staff typed stay text.
 */
@Component
class ReportPage {

    private final Template template;

    ReportPage() {
        try (Reader source = new InputStreamReader(
                new ClassPathResource("templates/report/printable.html.mustache").getInputStream(),
                StandardCharsets.UTF_8)) {
            this.template = Mustache.compiler().compile(source);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String render(Report report, List<Section> sections) {
        Map<String, Object> answers = report.submittedAnswers() != null ? report.submittedAnswers()
                : report.answers();
        List<SectionView> shown = sections.stream().map(section -> new SectionView(section.title(),
                section.questions().stream()
                        .filter(question -> question.showIf() == null || answers.containsKey(question.key()))
                        .map(question -> entry(question, answers.get(question.key())))
                        .toList()))
                .toList();
        return template.execute(new Page("State of the Chapter " + report.year() + ": " + report.chapterId(),
                report.latestVersion().orElse(null), report.questionnaireRevision(), shown));
    }

    private static Entry entry(Question question, Object value) {
        if (value == null) {
            return new Entry(question.label(), true, List.of(), null);
        }
        if (value instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof Map<?, ?>) {
            return new Entry(question.label(), false, List.of(), table(question, rows));
        }
        return new Entry(question.label(), false, text(value).lines().toList(), null);
    }

    private static String text(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof List<?> chosen) {
            return chosen.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static Table table(Question question, List<?> rows) {
        return new Table(question.columns().stream().map(Question.Column::label).toList(),
                rows.stream().map(row -> new Row(question.columns().stream().map(column -> {
                    Object cell = ((Map<?, ?>) row).get(column.key());
                    return cell == null ? "" : String.valueOf(cell);
                }).toList())).toList());
    }

    /** What the template reads; {@code latest} is null for a draft never submitted. */
    private record Page(String heading, VersionSummary latest, int revision, List<SectionView> sections) {
    }

    private record SectionView(String title, List<Entry> entries) {
    }

    /** A question and its answer: none, lines of text (a line break between each), or a table. */
    private record Entry(String label, boolean noAnswer, List<String> lines, Table table) {
    }

    private record Table(List<String> columns, List<Row> rows) {
    }

    private record Row(List<String> cells) {
    }
}
