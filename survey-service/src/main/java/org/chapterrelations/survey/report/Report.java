package org.chapterrelations.survey.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One chapter's report for one year ({@code <year>-<chapterId>}), answered under one questionnaire
 * revision. The working answers change with each draft save; each submission is kept as a version
 * ({@link ReportHistory}). Events (submitted, amended, reminders) are raised in the same document write.
 */
@Document("reports")
public class Report extends OutboxAggregate {

    @Id
    private String id;
    @Indexed
    private int year;
    private String chapterId;
    private int questionnaireRevision;
    private ReportState state;
    /**
     * The working answers while they differ from the latest submission, else null: a submitted report
     * holds its answers once, which keeps a year's results (a read of every report) fast. No initial value:
     * the mapping keeps a field's initial value when the stored document lacks the field.
     */
    private Map<String, Object> answers;
    private boolean unsubmittedChanges;
    /** The latest submitted version's answers, at the top level so that results read them cheaply. */
    private Map<String, Object> submittedAnswers;
    private List<VersionSummary> versions = new ArrayList<>();
    private boolean reopened;
    private List<Reopening> reopenings = new ArrayList<>();
    private Integer prefilledFromYear;
    private List<Integer> remindersRaised = new ArrayList<>();
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    Report() {
    }

    static String id(int year, String chapterId) {
        return year + "-" + chapterId;
    }

    static Report start(int year, String chapterId, int questionnaireRevision) {
        Report report = new Report();
        report.id = id(year, chapterId);
        report.year = year;
        report.chapterId = chapterId;
        report.questionnaireRevision = questionnaireRevision;
        report.state = ReportState.NOT_STARTED;
        report.answers = new LinkedHashMap<>();
        return report;
    }

    void saveDraft(Map<String, Object> newAnswers, String by, Instant now) {
        answers = new LinkedHashMap<>(newAnswers);
        if (state == ReportState.SUBMITTED) {
            unsubmittedChanges = !answers.equals(submittedAnswers);
            if (!unsubmittedChanges) {
                answers = null;
            }
        }
        else {
            state = ReportState.DRAFT;
        }
        touch(by, now);
    }

    void prefill(Map<String, Object> lastYears, int fromYear, String by, Instant now) {
        saveDraft(lastYears, by, now);
        prefilledFromYear = fromYear;
    }

    /**
     * A new version: the first is a submission, later ones amendments. The version it supersedes must be
     * archived first ({@link ReportHistory#archiveLatest}).
     */
    void submit(Map<String, Object> checked, String by, Instant now, boolean late) {
        int number = versions.size() + 1;
        versions.add(new VersionSummary(number, by, now, late));
        answers = null;
        submittedAnswers = new LinkedHashMap<>(checked);
        state = ReportState.SUBMITTED;
        unsubmittedChanges = false;
        reopened = false;
        touch(by, now);
        raise(ReportEvents.TOPIC, number == 1 ? ReportEvents.SUBMITTED : ReportEvents.AMENDED,
                new ReportEvents.Submission(id, year, chapterId, number, by, now, late));
    }

    void reopen(String by, Instant now) {
        reopened = true;
        reopenings.add(new Reopening(by, now));
        touch(by, now);
    }

    /** Raises the reminder unless this report already raised it: the document is the last word on duplicates. */
    boolean remind(int daysBefore, LocalDate deadline) {
        if (remindersRaised.contains(daysBefore)) {
            return false;
        }
        remindersRaised.add(daysBefore);
        raise(ReportEvents.TOPIC, ReportEvents.REMINDER_DUE, new ReportEvents.ReminderDue(id, year, chapterId,
                daysBefore, deadline, state.wireName()));
        return true;
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String chapterId() {
        return chapterId;
    }

    public int questionnaireRevision() {
        return questionnaireRevision;
    }

    public ReportState state() {
        return state;
    }

    /** The working answers: the draft, or the latest submission's while nothing changed since. */
    public Map<String, Object> answers() {
        if (answers != null) {
            return answers;
        }
        return submittedAnswers != null ? submittedAnswers : Map.of();
    }

    public boolean unsubmittedChanges() {
        return unsubmittedChanges;
    }

    public Map<String, Object> submittedAnswers() {
        return submittedAnswers;
    }

    public List<VersionSummary> versions() {
        return List.copyOf(versions);
    }

    public Optional<VersionSummary> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public boolean reopened() {
        return reopened;
    }

    public List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    public Integer prefilledFromYear() {
        return prefilledFromYear;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Long version() {
        return version;
    }

    /** Whether the latest submission came after the chapter's deadline. */
    public boolean submittedLate() {
        return latestVersion().map(VersionSummary::late).orElse(false);
    }

    public record Reopening(String by, Instant at) {
    }
}
