package org.chapterrelations.survey.export;

import java.io.IOException;
import java.util.List;

import org.chapterrelations.platform.web.csv.CsvWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

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
    void answers(@PathVariable int year, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = csv.rows(year);
        CsvWriter out = CsvWriter.attachment(response, "survey-" + year + "-answers.csv");
        for (List<Object> row : rows) {
            out.row(row);
        }
        out.flush();
    }
}
