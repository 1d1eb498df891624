package org.chapterrelations.survey.export;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff download a year's answers as CSV. */
@RestController
class ExportController {

    private final AnswersCsv csv;

    ExportController(AnswersCsv csv) {
        this.csv = csv;
    }

    @GetMapping("/api/surveys/{year}/answers.csv")
    ResponseEntity<String> answers(@PathVariable int year) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, Csv.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"survey-" + year + "-answers.csv\"")
                .body(csv.export(year));
    }
}
