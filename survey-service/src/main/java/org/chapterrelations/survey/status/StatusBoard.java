package org.chapterrelations.survey.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chapterrelations.survey.report.ReportQueries;
import org.chapterrelations.survey.report.ReportState;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.window.Survey;
import org.chapterrelations.survey.window.Surveys;
import org.springframework.stereotype.Component;

/**
 * Who has answered: every chapter on the roster now (those active when the survey opened, plus those
 * registered since; retired ones drop out) with not-started, draft, submitted or late (its deadline
 * passed without a submission), and the completion rate (submitted / owed).
 */
@Component
public class StatusBoard {

    private final Surveys surveys;
    private final Roster roster;
    private final ReportQueries reports;
    private final Clock clock;

    StatusBoard(Surveys surveys, Roster roster, ReportQueries reports, Clock clock) {
        this.surveys = surveys;
        this.roster = roster;
        this.reports = reports;
        this.clock = clock;
    }

    public Board of(int year) {
        return of(surveys.require(year));
    }

    public Board of(Survey survey) {
        LocalDate today = LocalDate.now(clock);
        Map<String, ReportQueries.Summary> summaries = reports.summaries(survey.year());
        List<ChapterStatus> chapters = roster.owing().stream().map(entry -> {
            ReportQueries.Summary summary = summaries.get(entry.chapterId());
            LocalDate deadline = survey.deadlineFor(entry.chapterId());
            return new ChapterStatus(entry.chapterId(), entry.name(), status(summary, deadline, today), deadline,
                    summary == null ? null : summary.version(), summary == null ? null : summary.submittedAt(),
                    summary != null && summary.submittedLate(), summary == null ? null : summary.updatedAt());
        }).toList();
        int submitted = (int) chapters.stream().filter(ChapterStatus::hasSubmitted).count();
        double rate = chapters.isEmpty() ? 0 : BigDecimal.valueOf(submitted)
                .divide(BigDecimal.valueOf(chapters.size()), 4, RoundingMode.HALF_UP).doubleValue();
        return new Board(survey.year(), survey.state(), chapters.size(), submitted, rate, chapters);
    }

    private static String status(ReportQueries.Summary summary, LocalDate deadline, LocalDate today) {
        if (summary != null && summary.submitted()) {
            return "submitted";
        }
        if (today.isAfter(deadline)) {
            return "late";
        }
        return summary == null || summary.state() == ReportState.NOT_STARTED ? "not-started" : "draft";
    }

    public record Board(int year, String surveyState, int owed, int submitted, double completionRate,
            List<ChapterStatus> chapters) {
    }

    /** One chapter's line; {@code submittedLate} marks a submission after the deadline (after a reopening). */
    public record ChapterStatus(String chapterId, String name, String status, LocalDate deadline, Integer version,
            Instant submittedAt, boolean submittedLate, Instant lastChange) {

        boolean hasSubmitted() {
            return "submitted".equals(status);
        }
    }
}
