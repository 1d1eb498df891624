package org.chapterrelations.survey.export;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Staff download a year's answers as CSV. */
@Tag(name = "Export", description = "A year's answers as CSV, for staff.")
@RestController
class ExportController {

    private final AnswersCsv csv;

    ExportController(AnswersCsv csv) {
        this.csv = csv;
    }

    @Operation(operationId = "exportAnswers", summary = "The year's answers as CSV (staff)",
            responses = @ApiResponse(responseCode = "200", description = "One row per chapter",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @GetMapping("/api/surveys/{year}/answers.csv")
    ResponseEntity<String> answers(@PathVariable int year) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, Csv.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"survey-" + year + "-answers.csv\"")
                .body(csv.export(year));
    }
}
