package org.chapterrelations.survey.results;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Results for staff: a year's aggregates and one numeric question across years. */
@Tag(name = "Results", description = "Results for staff: a year's aggregates and one numeric question across years.")
@RestController
class ResultsController {

    private final ResultsService results;

    ResultsController(ResultsService results) {
        this.results = results;
    }

    @Operation(operationId = "yearResults", summary = "The year's aggregated answers (staff)")
    @GetMapping("/api/surveys/{year}/results")
    ResultsService.YearResults results(@PathVariable int year) {
        return results.results(year);
    }

    @Operation(operationId = "compareResults", summary = "One numeric question across years (staff)")
    @GetMapping("/api/surveys/results/compare")
    ResultsService.Comparison compare(@RequestParam(required = false) String questionKey,
            @RequestParam(required = false) List<Integer> years) {
        return results.compare(questionKey, years);
    }
}
