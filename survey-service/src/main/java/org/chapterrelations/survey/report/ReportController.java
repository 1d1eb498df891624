package org.chapterrelations.survey.report;

import java.io.IOException;
import java.util.List;

import org.chapterrelations.platform.web.security.Caller;
import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.survey.questionnaire.QuestionnaireView;
import org.chapterrelations.survey.window.Survey;
import org.chapterrelations.survey.window.Surveys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/** A chapter's report for a year: its officers and staff read, save, submit and amend it; staff reopen it. */
@Tag(name = "Reports",
        description = "A chapter's report for a year: its officers and staff read, save, submit and amend it; "
                + "staff reopen it.")
@RestController
@RequestMapping("/api/surveys/{year}/reports/{chapterId}")
class ReportController {

    private final ReportService reports;
    private final Surveys surveys;
    private final JsonMapper json;
    private final long maxBodyBytes;
    private final ReportPage page;

    ReportController(ReportService reports, Surveys surveys, JsonMapper json,
            @Value("${survey.reports.max-body-size:256KB}") DataSize maxBodySize, ReportPage page) {
        this.reports = reports;
        this.surveys = surveys;
        this.json = json;
        this.maxBodyBytes = maxBodySize.toBytes();
        this.page = page;
    }

    @Operation(operationId = "getReport", summary = "The chapter's report for the year, with its ETag")
    @GetMapping
    ResponseEntity<ReportView> get(@PathVariable int year, @PathVariable String chapterId, Authentication auth) {
        return respond(reports.get(year, chapter(chapterId), Caller.of(auth)));
    }

    /** Saves the draft: the answers sent replace the working answers; each one present is validated. */
    @Operation(operationId = "saveReportDraft",
            summary = "Save the draft: the answers sent replace the working answers",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ReportAnswers.class))))
    @PutMapping
    ResponseEntity<ReportView> save(@PathVariable int year, @PathVariable String chapterId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request,
            Authentication auth) throws IOException {
        var answers = JsonBody.answers(request, maxBodyBytes, json);
        return respond(reports.saveDraft(year, chapter(chapterId), Caller.of(auth), answers, ifMatch));
    }

    @Operation(operationId = "submitReport", summary = "Submit the report (a new version)")
    @PostMapping("/submit")
    ResponseEntity<ReportView> submit(@PathVariable int year, @PathVariable String chapterId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication auth) {
        return respond(reports.submit(year, chapter(chapterId), Caller.of(auth), ifMatch));
    }

    @Operation(operationId = "reopenReport", summary = "Reopen a submitted report for changes (staff)")
    @PostMapping("/reopen")
    ResponseEntity<ReportView> reopen(@PathVariable int year, @PathVariable String chapterId, Authentication auth) {
        return respond(reports.reopen(year, chapter(chapterId), Caller.of(auth)));
    }

    @Operation(operationId = "prefillReport", summary = "Prefill the draft from the chapter's previous report")
    @PostMapping("/prefill")
    ResponseEntity<ReportView> prefill(@PathVariable int year, @PathVariable String chapterId, Authentication auth) {
        return respond(reports.prefill(year, chapter(chapterId), Caller.of(auth)));
    }

    /** A printable page of the report: its latest submitted version, or the draft if none. */
    @Operation(operationId = "printReport",
            summary = "A printable HTML page of the report: its latest submitted version, or the draft")
    @GetMapping(value = "/print", produces = "text/html;charset=UTF-8")
    String print(@PathVariable int year, @PathVariable String chapterId, Authentication auth) {
        Report report = reports.get(year, chapter(chapterId), Caller.of(auth));
        return page.render(report, reports.questionnaireOf(report).sections());
    }

    /** Every submitted version with its answers, oldest first. */
    @Operation(operationId = "listReportVersions", summary = "Every submitted version with its answers, oldest first")
    @GetMapping("/versions")
    List<ReportVersion> versions(@PathVariable int year, @PathVariable String chapterId, Authentication auth) {
        return reports.versions(year, chapter(chapterId), Caller.of(auth));
    }

    private ResponseEntity<ReportView> respond(Report report) {
        Survey survey = surveys.require(report.year());
        boolean editable = survey.opened() && (report.reopened()
                || survey.acceptsAnswersFrom(report.chapterId(), reports.today()));
        ReportView view = new ReportView(report.id(), report.year(), report.chapterId(), report.state(),
                report.questionnaireRevision(), survey.deadlineFor(report.chapterId()), editable, report.reopened(),
                report.unsubmittedChanges(), report.prefilledFromYear(), report.answers(),
                report.versions(), report.reopenings(),
                report.updatedAt(), report.updatedBy(), QuestionnaireView.of(reports.questionnaireOf(report)));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (report.version() != null) {
            ok.eTag(IfMatch.etag(report.version()));
        }
        return ok.body(view);
    }

    private static String chapter(String chapterId) {
        return chapterId.strip().toUpperCase();
    }
}
