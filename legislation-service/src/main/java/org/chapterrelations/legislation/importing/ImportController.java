package org.chapterrelations.legislation.importing;

import java.io.IOException;
import java.util.regex.Pattern;

import org.chapterrelations.legislation.common.WireValue;
import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/legislation/imports}: a file of bills as the body ({@code application/json}: one document,
 * an array or several; {@code application/x-ndjson}: one per line). The format is detected per record unless
 * {@code ?format=} names it; scraped Open States bills need {@code ?jurisdiction=}.
 */
@Tag(name = "Imports", description = "Bulk import of bills in Open States and Congress.gov formats.")
@RestController
class ImportController {

    private static final Pattern JURISDICTION = Pattern.compile("us|[a-z]{2}");

    private final BillImport imports;

    ImportController(BillImport imports) {
        this.imports = imports;
    }

    @Operation(operationId = "importBills", summary = "Import a file of bills (one document, an array, or NDJSON)")
    @PostMapping("/api/legislation/imports")
    ImportResult importBills(@RequestParam(required = false) String format,
            @RequestParam(required = false) String jurisdiction, HttpServletRequest request) throws IOException {
        ImportFormat given = format == null || format.isBlank() ? null
                : WireValue.parse(ImportFormat.class, "format", format);
        String code = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip().toLowerCase();
        if (code != null && !JURISDICTION.matcher(code).matches()) {
            throw ApiException.badField("jurisdiction", "must be us or a two-letter state code such as ca");
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        boolean ndjson = contentType.startsWith("application/x-ndjson") || contentType.startsWith("application/jsonl");
        if (!ndjson && !contentType.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            throw ApiException.badField("Content-Type", "must be application/json or application/x-ndjson");
        }
        return imports.run(request.getInputStream(), ndjson, given, code);
    }
}
