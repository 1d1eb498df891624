package org.chapterrelations.survey.window;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chapterrelations.platform.web.http.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A year's survey window: staff schedule, open, extend and close it; anyone signed in reads it. */
@Tag(name = "Survey window",
        description = "A year's survey window: staff schedule, open, extend and close it; anyone signed in reads it.")
@RestController
@RequestMapping("/api/surveys/{year}")
class SurveyController {

    private final SurveyService service;
    private final SurveyCalendar calendar;
    private final Surveys surveys;
    private final Clock clock;

    SurveyController(SurveyService service, SurveyCalendar calendar, Surveys surveys, Clock clock) {
        this.service = service;
        this.calendar = calendar;
        this.surveys = surveys;
        this.clock = clock;
    }

    @Operation(operationId = "getSurvey", summary = "The year's survey window")
    @GetMapping
    ResponseEntity<SurveyView> get(@PathVariable int year) {
        return ok(surveys.require(year));
    }

    @Operation(operationId = "scheduleSurvey", summary = "Schedule or reschedule the year's survey window (staff)",
            responses = { @ApiResponse(responseCode = "200", description = "The window was rescheduled"),
                    @ApiResponse(responseCode = "201", description = "The window was scheduled") })
    @PutMapping
    ResponseEntity<SurveyView> schedule(@PathVariable int year, @RequestBody SurveyWindow window,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        SurveyService.Saved saved = service.schedule(year, window, ifMatch);
        if (saved.created()) {
            return ResponseEntity.created(URI.create("/api/surveys/" + year))
                    .eTag(IfMatch.etag(saved.survey().version())).body(view(saved.survey()));
        }
        return ok(saved.survey());
    }

    @Operation(operationId = "openSurvey", summary = "Open the survey now (staff)")
    @PostMapping("/open")
    ResponseEntity<SurveyView> open(@PathVariable int year) {
        return ok(service.open(year));
    }

    @Operation(operationId = "closeSurvey",
            summary = "Close the survey now that its closing date has passed (staff; the calendar does it daily)")
    @PostMapping("/close")
    ResponseEntity<SurveyView> close(@PathVariable int year) {
        return ok(calendar.closeNow(year, LocalDate.now(clock)));
    }

    @Operation(operationId = "extendSurveyForChapter", summary = "Give one chapter a later deadline (staff)")
    @PutMapping("/extensions/{chapterId}")
    ResponseEntity<SurveyView> extend(@PathVariable int year, @PathVariable String chapterId,
            @RequestBody Extension extension) {
        return ok(service.extend(year, chapterId, extension.deadline()));
    }

    private ResponseEntity<SurveyView> ok(Survey survey) {
        return ResponseEntity.ok().eTag(IfMatch.etag(survey.version())).body(view(survey));
    }

    private SurveyView view(Survey survey) {
        return new SurveyView(survey.year(), survey.state(), survey.opensOn(), survey.closesOn(),
                survey.reminderDaysBefore(), survey.extensions(), survey.openedOn(), survey.closedOn(),
                survey.questionnaireRevision(), LocalDate.now(clock));
    }

    record Extension(LocalDate deadline) {
    }

    record SurveyView(int year, String state, LocalDate opensOn, LocalDate closesOn, List<Integer> reminderDaysBefore,
            Map<String, LocalDate> extensions, LocalDate openedOn, LocalDate closedOn, Integer questionnaireRevision,
            LocalDate today) {
    }
}
