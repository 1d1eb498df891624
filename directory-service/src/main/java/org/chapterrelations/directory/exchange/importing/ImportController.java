package org.chapterrelations.directory.exchange.importing;

import java.io.IOException;

import org.chapterrelations.directory.exchange.importing.ImportSummaries.ChapterImportSummary;
import org.chapterrelations.directory.exchange.importing.ImportSummaries.OfficerImportSummary;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Bulk imports from CSV ({@code text/csv}, at most 5 MB), for staff and admins. */
@Tag(name = "Exchange", description = "CSV imports and exports, and vCards for address books.")
@RestController
@RequestMapping("/api/directory/imports")
class ImportController {

    private static final String CSV = "text/csv";

    private final ChapterImport chapters;
    private final OfficerImport officers;

    ImportController(ChapterImport chapters, OfficerImport officers) {
        this.chapters = chapters;
        this.officers = officers;
    }

    @Operation(operationId = "importChapters",
            summary = "Import chapters from CSV (staff); answers what was created, updated and refused per line",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    @PostMapping(path = "/chapters", consumes = CSV)
    ChapterImportSummary importChapters(HttpServletRequest request, Authentication authentication)
            throws IOException {
        staffOnly(authentication);
        return chapters.run(CsvBody.read(request));
    }

    @Operation(operationId = "importOfficers",
            summary = "Import officers from CSV (staff); answers what was created, updated and refused per line",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    @PostMapping(path = "/officers", consumes = CSV)
    OfficerImportSummary importOfficers(HttpServletRequest request, Authentication authentication)
            throws IOException {
        staffOnly(authentication);
        return officers.run(CsvBody.read(request));
    }

    private static void staffOnly(Authentication authentication) {
        if (!Caller.of(authentication).isStaff()) {
            throw ApiException.forbidden("Only staff and admins may import into the directory.");
        }
    }
}
