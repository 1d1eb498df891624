package org.chapterrelations.directory.chapter;

import java.net.URI;

import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Chapters", description = "Register, update, retire and find chapters.")
@RestController
@RequestMapping("/api/directory/chapters")
class ChapterController {

    private final ChapterService chapters;

    ChapterController(ChapterService chapters) {
        this.chapters = chapters;
    }

    @Operation(operationId = "registerChapter", summary = "Register a chapter (staff)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ChapterView> register(@RequestBody ChapterForm form, Authentication authentication) {
        Chapter chapter = chapters.register(form);
        return ResponseEntity.created(URI.create("/api/directory/chapters/" + chapter.code()))
                .eTag(IfMatch.etag(chapter.version()))
                .body(ChapterView.of(chapter, Caller.of(authentication).isStaff()));
    }

    @Operation(operationId = "getChapter", summary = "A chapter by its code, with its ETag")
    @GetMapping("/{code}")
    ResponseEntity<ChapterView> get(@PathVariable String code, Authentication authentication) {
        return respond(chapters.get(code), authentication);
    }

    @Operation(operationId = "updateChapter",
            summary = "Update a chapter (staff, or its own officer for the fields they may set)")
    @PutMapping("/{code}")
    ResponseEntity<ChapterView> update(@PathVariable String code, @RequestBody ChapterForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication authentication) {
        return respond(chapters.update(code, form, ifMatch, Caller.of(authentication)), authentication);
    }

    @Operation(operationId = "retireChapter", summary = "Retire a chapter (staff)")
    @PostMapping("/{code}/retire")
    ResponseEntity<ChapterView> retire(@PathVariable String code, Authentication authentication) {
        return respond(chapters.retire(code, Caller.of(authentication)), authentication);
    }

    @Operation(operationId = "reactivateChapter", summary = "Reactivate a retired chapter (staff)")
    @PostMapping("/{code}/reactivate")
    ResponseEntity<ChapterView> reactivate(@PathVariable String code, Authentication authentication) {
        return respond(chapters.reactivate(code, Caller.of(authentication)), authentication);
    }

    @Operation(operationId = "listChapters",
            summary = "Find chapters by name, kind, state, status or student program, a page at a time")
    @GetMapping
    PagedModel<ChapterView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String state,
            @RequestParam(required = false) String status, @RequestParam(required = false) Boolean studentProgram,
            @PageableDefault(size = 20, sort = "name") Pageable pageable, Authentication authentication) {
        boolean staff = Caller.of(authentication).isStaff();
        return new PagedModel<>(chapters.list(new ChapterFilter(q, kind, state, status, studentProgram), pageable)
                .map(chapter -> ChapterView.of(chapter, staff)));
    }

    private static ResponseEntity<ChapterView> respond(Chapter chapter, Authentication authentication) {
        return ResponseEntity.ok().eTag(IfMatch.etag(chapter.version()))
                .body(ChapterView.of(chapter, Caller.of(authentication).isStaff()));
    }
}
