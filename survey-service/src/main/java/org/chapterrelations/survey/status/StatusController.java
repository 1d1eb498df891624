package org.chapterrelations.survey.status;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The staff's status board for a year. */
@RestController
class StatusController {

    private final StatusBoard board;

    StatusController(StatusBoard board) {
        this.board = board;
    }

    @GetMapping("/api/surveys/{year}/status")
    StatusBoard.Board status(@PathVariable int year) {
        return board.of(year);
    }
}
