package org.chapterrelations.survey.questionnaire;

import java.net.URI;
import java.util.List;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.chapterrelations.platform.web.http.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A year's questionnaire: staff draft, publish, revise and copy it; officers read the published one. */
@Tag(name = "Questionnaire",
        description = "A year's questionnaire: staff draft, publish, revise and copy it; "
                + "officers read the published one.")
@RestController
@RequestMapping("/api/surveys/{year}/questionnaire")
class QuestionnaireController {

    private final QuestionnaireService service;
    private final Questionnaires questionnaires;

    QuestionnaireController(QuestionnaireService service, Questionnaires questionnaires) {
        this.service = service;
        this.questionnaires = questionnaires;
    }

    /** Staff see the latest revision, draft or not; everyone else the latest published one. */
    @Operation(operationId = "getQuestionnaire",
            summary = "The year's questionnaire: staff see the latest revision, others the latest published one")
    @GetMapping
    ResponseEntity<QuestionnaireView> get(@PathVariable int year, @RequestParam(required = false) Integer revision,
            Authentication authentication) {
        boolean staff = Caller.of(authentication).isStaff();
        Questionnaire questionnaire;
        if (revision != null) {
            questionnaire = questionnaires.revision(year, revision);
            if (!staff && !questionnaire.published()) {
                throw ApiException.notFound("Questionnaire revision", year + "/" + revision);
            }
        }
        else {
            questionnaire = staff ? questionnaires.latest(year).orElseThrow(
                    () -> ApiException.notFound("Questionnaire for", year)) : questionnaires.requirePublished(year);
        }
        return ok(questionnaire);
    }

    @Operation(operationId = "saveQuestionnaireDraft", summary = "Save the draft questionnaire (staff)",
            responses = { @ApiResponse(responseCode = "200", description = "The draft was updated"),
                    @ApiResponse(responseCode = "201", description = "The year's first draft was created") })
    @PutMapping
    ResponseEntity<QuestionnaireView> saveDraft(@PathVariable int year, @RequestBody QuestionnaireForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        QuestionnaireService.Saved saved = service.saveDraft(year, form.sections(), ifMatch);
        return saved.created() ? created(saved.questionnaire()) : ok(saved.questionnaire());
    }

    @Operation(operationId = "publishQuestionnaire", summary = "Publish the draft (staff)")
    @PostMapping("/publish")
    ResponseEntity<QuestionnaireView> publish(@PathVariable int year) {
        return ok(service.publish(year));
    }

    @Operation(operationId = "newQuestionnaireRevision",
            summary = "Start a new draft revision of a published questionnaire (staff)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/revisions")
    ResponseEntity<QuestionnaireView> newRevision(@PathVariable int year) {
        return created(service.newRevision(year));
    }

    /** Starts this year's draft from another year's published questionnaire (last year's by default). */
    @Operation(operationId = "copyQuestionnaire",
            summary = "Start the year's draft from another year's published questionnaire (staff)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/copy")
    ResponseEntity<QuestionnaireView> copy(@PathVariable int year, @RequestParam(required = false) Integer fromYear) {
        return created(service.copy(year, fromYear == null ? year - 1 : fromYear));
    }

    private static ResponseEntity<QuestionnaireView> ok(Questionnaire questionnaire) {
        return ResponseEntity.ok().eTag(IfMatch.etag(questionnaire.version()))
                .body(QuestionnaireView.of(questionnaire));
    }

    private static ResponseEntity<QuestionnaireView> created(Questionnaire questionnaire) {
        return ResponseEntity.created(URI.create("/api/surveys/" + questionnaire.year() + "/questionnaire?revision="
                + questionnaire.revision())).eTag(IfMatch.etag(questionnaire.version()))
                .body(QuestionnaireView.of(questionnaire));
    }

    record QuestionnaireForm(List<Section> sections) {
    }
}
