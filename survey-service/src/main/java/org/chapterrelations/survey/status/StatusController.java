package org.chapterrelations.survey.status;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The staff's status board for a year. */
@Tag(name = "Status board", description = "The staff's status board for a year.")
@RestController
class StatusController {

    private final StatusBoard board;

    StatusController(StatusBoard board) {
        this.board = board;
    }

    @Operation(operationId = "statusBoard", summary = "Each chapter's report state for the year (staff)")
    @GetMapping("/api/surveys/{year}/status")
    StatusBoard.Board status(@PathVariable int year) {
        return board.of(year);
    }
}
