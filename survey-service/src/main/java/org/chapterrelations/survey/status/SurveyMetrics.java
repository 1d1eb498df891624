package org.chapterrelations.survey.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.chapterrelations.survey.window.Survey;
import org.chapterrelations.survey.window.Surveys;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Business metric {@code survey.reports} for each open survey, by {@code year} and {@code status}: {@code owed}
 * (every chapter on the roster), and how many are {@code submitted}, {@code draft}, {@code not-started} or
 * {@code late}: the status board's figures, recounted every few minutes rather than per scrape.
 */
@Component
public class SurveyMetrics {

    private static final List<String> STATUSES = List.of("submitted", "draft", "not-started", "late");

    private final Surveys surveys;
    private final StatusBoard board;
    private final MultiGauge reports;

    SurveyMetrics(Surveys surveys, StatusBoard board, MeterRegistry registry) {
        this.surveys = surveys;
        this.board = board;
        this.reports = MultiGauge.builder("survey.reports")
                .description("Reports of each open survey: owed, and by status").register(registry);
    }

    @Scheduled(initialDelayString = "${survey.metrics.initial-delay:PT30S}",
            fixedDelayString = "${survey.metrics.refresh:PT5M}")
    public void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Survey survey : surveys.open()) {
            StatusBoard.Board counts = board.of(survey);
            Map<String, Long> byStatus = new TreeMap<>();
            STATUSES.forEach(status -> byStatus.put(status, 0L));
            counts.chapters().forEach(chapter -> byStatus.merge(chapter.status(), 1L, Long::sum));
            String year = String.valueOf(survey.year());
            rows.add(MultiGauge.Row.of(Tags.of("year", year, "status", "owed"), counts.owed()));
            byStatus.forEach((status, count) -> rows.add(MultiGauge.Row.of(Tags.of("year", year, "status", status),
                    count)));
        }
        reports.register(rows, true);
    }
}
