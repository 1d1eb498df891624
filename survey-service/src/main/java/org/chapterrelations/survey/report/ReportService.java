package org.chapterrelations.survey.report;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.chapterrelations.survey.answer.Answers;
import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.survey.questionnaire.Question;
import org.chapterrelations.survey.questionnaire.Questionnaire;
import org.chapterrelations.survey.questionnaire.Questionnaires;
import org.chapterrelations.survey.window.Survey;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/** Saving, submitting, amending, reopening and prefilling a chapter's report. */
@Service
class ReportService {

    private final ReportRepository reports;
    private final ReportHistory history;
    private final Questionnaires questionnaires;
    private final ReportAccess access;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;

    ReportService(ReportRepository reports, ReportHistory history, Questionnaires questionnaires,
            ReportAccess access, Outbox outbox, Clock clock, MeterRegistry meters) {
        this.reports = reports;
        this.history = history;
        this.questionnaires = questionnaires;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    /** The report, or an unsaved not-started one under the current questionnaire if the chapter has none yet. */
    Report get(int year, String chapterId, Caller caller) {
        access.readable(year, chapterId, caller);
        return find(year, chapterId).orElseGet(() -> Report.start(year, chapterId,
                questionnaires.requirePublished(year).revision()));
    }

    Report saveDraft(int year, String chapterId, Caller caller, Map<String, Object> raw, String ifMatch) {
        Report report = find(year, chapterId).orElse(null);
        access.writable(year, chapterId, caller, report);
        if (report != null) {
            IfMatch.require(ifMatch, report.version(), "report");
        }
        else {
            report = Report.start(year, chapterId, questionnaires.requirePublished(year).revision());
        }
        Answers.Checked checked = Answers.check(questionnaireOf(report), raw, false);
        if (!checked.valid()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Some answers are invalid.", checked.problems());
        }
        report.saveDraft(checked.answers(), caller.subject(), clock.instant());
        return outbox.save(report);
    }

    /** Submits (version 1) or amends (version 2 and on): every visible required answer present and valid. */
    Report submit(int year, String chapterId, Caller caller, String ifMatch) {
        access.readable(year, chapterId, caller);
        Report report = find(year, chapterId)
                .orElseThrow(() -> ApiException.conflict("Save the report's answers before submitting it."));
        Survey survey = access.writable(year, chapterId, caller, report);
        if (ifMatch != null) {
            IfMatch.require(ifMatch, report.version(), "report");
        }
        if (report.state() == ReportState.SUBMITTED && !report.unsubmittedChanges() && !report.reopened()) {
            throw ApiException.conflict("Version " + report.versions().size()
                    + " is already submitted; change an answer to amend it.");
        }
        Answers.Checked checked = Answers.check(questionnaireOf(report), report.answers(), true);
        if (!checked.valid()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The report is incomplete or has invalid answers.",
                    checked.problems());
        }
        boolean late = access.today().isAfter(survey.deadlineFor(chapterId));
        history.archiveLatest(report);
        report.submit(checked.answers(), caller.subject(), clock.instant(), late);
        Report saved = outbox.save(report);
        meters.counter("survey.reports.submitted", "kind", saved.versions().size() == 1 ? "first" : "amendment",
                "late", String.valueOf(late)).increment();
        return saved;
    }

    /** Staff only, after the chapter's deadline: the chapter may change and submit its report once more. */
    Report reopen(int year, String chapterId, Caller caller) {
        Survey survey = access.readable(year, chapterId, caller);
        if (!caller.isStaff()) {
            throw ApiException.forbidden("Only staff may reopen a report.");
        }
        Report report = find(year, chapterId).orElseThrow(() -> ApiException.notFound("Report", Report.id(year,
                chapterId)));
        if (survey.acceptsAnswersFrom(chapterId, access.today())) {
            throw ApiException.conflict("The report is still open until " + survey.deadlineFor(chapterId) + ".");
        }
        if (report.reopened()) {
            throw ApiException.conflict("The report is already reopened.");
        }
        report.reopen(caller.subject(), clock.instant());
        return outbox.save(report);
    }

    /**
     * Starts the report from the chapter's own answers of the year before, wherever the question is
     * unchanged (same key, type and choices) and the answer still valid.
     */
    Report prefill(int year, String chapterId, Caller caller) {
        Report report = find(year, chapterId).orElse(null);
        access.writable(year, chapterId, caller, report);
        if (report != null && report.state() != ReportState.NOT_STARTED) {
            throw ApiException.conflict("The report is already started; prefilling would overwrite answers.");
        }
        if (report == null) {
            report = Report.start(year, chapterId, questionnaires.requirePublished(year).revision());
        }
        Report lastYear = find(year - 1, chapterId)
                .orElseThrow(() -> ApiException.notFound("Report of " + (year - 1) + " for", chapterId));
        Map<String, Object> previous = lastYear.submittedAnswers() != null ? lastYear.submittedAnswers()
                : lastYear.answers();
        Questionnaire then = questionnaireOf(lastYear);
        Questionnaire now = questionnaireOf(report);
        Map<String, Object> unchanged = new LinkedHashMap<>();
        previous.forEach((key, value) -> {
            Question current = now.questionsByKey().get(key);
            if (current != null && current.sameShapeAs(then.questionsByKey().get(key))) {
                unchanged.put(key, value);
            }
        });
        report.prefill(Answers.keepValid(now, unchanged), year - 1, caller.subject(), clock.instant());
        return outbox.save(report);
    }

    /** Every submitted version with its answers, oldest first. */
    List<ReportVersion> versions(int year, String chapterId, Caller caller) {
        return history.versions(get(year, chapterId, caller));
    }

    Questionnaire questionnaireOf(Report report) {
        return questionnaires.revision(report.year(), report.questionnaireRevision());
    }

    java.time.LocalDate today() {
        return access.today();
    }

    private Optional<Report> find(int year, String chapterId) {
        return reports.findById(Report.id(year, chapterId));
    }
}
