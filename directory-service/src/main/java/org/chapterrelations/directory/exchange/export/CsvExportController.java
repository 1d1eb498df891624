package org.chapterrelations.directory.exchange.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.chapterrelations.directory.chapter.Chapter;
import org.chapterrelations.directory.chapter.ChapterCatalog;
import org.chapterrelations.directory.office.OfficerRoster;
import org.chapterrelations.directory.office.TermView;
import org.chapterrelations.platform.web.csv.CsvWriter;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spreadsheet exports. Chapters are read and written a page at a time, so a directory of thousands of
 * chapters is never held in memory; the first page is read before any byte is sent, so a bad filter is
 * still a 400 problem.
 */
@Tag(name = "Exchange", description = "CSV imports and exports, and vCards for address books.")
@RestController
class CsvExportController {

    static final int PAGE_SIZE = 500;
    private static final Sort BY_CODE = Sort.by("code");

    private final ChapterCatalog chapters;
    private final OfficerRoster officers;

    CsvExportController(ChapterCatalog chapters, OfficerRoster officers) {
        this.chapters = chapters;
        this.officers = officers;
    }

    @Operation(operationId = "exportChapters",
            summary = "The chapters matching the filters, as CSV (private columns for staff only)",
            responses = @ApiResponse(responseCode = "200", description = "chapters.csv",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @GetMapping("/api/directory/chapters/export.csv")
    void chapters(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String state, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean studentProgram, Authentication authentication,
            HttpServletResponse response) throws IOException {
        boolean staff = Caller.of(authentication).isStaff();
        Page<Chapter> page = chapters.find(q, kind, state, status, studentProgram,
                PageRequest.of(0, PAGE_SIZE, BY_CODE));
        CsvWriter out = CsvWriter.attachment(response, "chapters.csv");
        out.row(ChapterCsv.header(staff));
        while (true) {
            for (Chapter chapter : page) {
                out.row(ChapterCsv.row(chapter, staff));
            }
            if (!page.hasNext()) {
                break;
            }
            page = chapters.find(q, kind, state, status, studentProgram, page.nextPageable());
        }
        out.flush();
    }

    /** Private columns for staff only: a chapter officer's own-chapter rights do not extend to a national list. */
    @Operation(operationId = "exportOfficers",
            summary = "Office holders across chapters, as CSV (private columns for staff only)",
            responses = @ApiResponse(responseCode = "200", description = "officers.csv",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @GetMapping("/api/directory/officers/export.csv")
    void officers(@RequestParam(required = false) String role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            Authentication authentication, HttpServletResponse response) throws IOException {
        Caller caller = Caller.of(authentication);
        boolean staff = caller.isStaff();
        List<TermView> terms = officers.acrossChapters(role, at, caller);
        CsvWriter out = CsvWriter.attachment(response, "officers.csv");
        out.row(OfficerCsv.header(staff));
        for (TermView term : terms) {
            out.row(OfficerCsv.row(term, staff));
        }
        out.flush();
    }
}
