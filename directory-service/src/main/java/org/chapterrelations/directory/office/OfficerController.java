package org.chapterrelations.directory.office;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A chapter's officers: appoint, end a term, schedule a succession, and who held what when. */
@Tag(name = "Officers", description = "Who holds which office of a chapter, and who held it when.")
@RestController
class OfficerController {

    private static final String BASE = "/api/directory/chapters/{code}";

    private final OfficeService service;
    private final OfficerQueries queries;

    OfficerController(OfficeService service, OfficerQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @Operation(operationId = "appointOfficer", summary = "Appoint a person to an office of the chapter")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(BASE + "/officers")
    ResponseEntity<TermView> appoint(@PathVariable String code, @RequestBody AppointmentForm form,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Term term = service.appoint(code, form, caller);
        TermView view = queries.view(code, term, caller);
        return ResponseEntity.created(URI.create("/api/directory/chapters/" + view.chapterId() + "/officers/"
                + term.termId())).body(view);
    }

    @Operation(operationId = "endTerm", summary = "End an officer's term")
    @PostMapping(BASE + "/officers/{termId}/end")
    TermView end(@PathVariable String code, @PathVariable String termId, @RequestBody TermEndForm form,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return queries.view(code, service.end(code, termId, form, caller), caller);
    }

    /** Stores the succession now; its appointments and endings are published on the day they take effect. */
    @Operation(operationId = "scheduleSuccession",
            summary = "Schedule a succession: the terms that start and end on its effective date")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(BASE + "/successions")
    ResponseEntity<List<TermView>> succeed(@PathVariable String code, @RequestBody SuccessionForm form,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        List<TermView> started = service.succeed(code, form, caller).stream()
                .map(term -> queries.view(code, term, caller)).toList();
        return ResponseEntity.created(URI.create("/api/directory/chapters/" + started.get(0).chapterId()
                + "/officers?at=" + form.effectiveDate())).body(started);
    }

    @Operation(operationId = "getTerm", summary = "One term of office")
    @GetMapping(BASE + "/officers/{termId}")
    TermView term(@PathVariable String code, @PathVariable String termId, Authentication authentication) {
        return queries.view(code, queries.term(code, termId), Caller.of(authentication));
    }

    @Operation(operationId = "listChapterOfficers",
            summary = "The chapter's officers on a date (default today), or its whole history")
    @GetMapping(BASE + "/officers")
    PagedModel<TermView> officers(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(defaultValue = "false") boolean history, @RequestParam(required = false) String role,
            @PageableDefault(size = 50) Pageable pageable, Authentication authentication) {
        return new PagedModel<>(queries.ofChapter(code, at, history, role, Caller.of(authentication), pageable));
    }

    /** Every holder of an office across chapters, e.g. every current councilor. */
    @Operation(operationId = "listOfficers",
            summary = "Every holder of an office across chapters, e.g. every current councilor")
    @GetMapping("/api/directory/officers")
    PagedModel<TermView> acrossChapters(@RequestParam(required = false) String role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @PageableDefault(size = 50) Pageable pageable, Authentication authentication) {
        return new PagedModel<>(queries.acrossChapters(role, at, Caller.of(authentication), pageable));
    }

    @Operation(operationId = "listPersonTerms", summary = "Every office a person held or holds, in any chapter")
    @GetMapping("/api/directory/people/{id}/terms")
    List<TermView> personTerms(@PathVariable String id, Authentication authentication) {
        return queries.ofPerson(id, Caller.of(authentication));
    }
}
