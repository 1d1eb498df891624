package org.chapterrelations.survey.roster;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The chapters that owe this year's report. */
@RestController
@RequestMapping("/api/surveys/roster")
class RosterController {

    private final RosterRepository roster;

    RosterController(RosterRepository roster) {
        this.roster = roster;
    }

    @GetMapping
    PagedModel<RosterEntry> owing(@PageableDefault(size = 50, sort = "name") Pageable pageable) {
        return new PagedModel<>(roster.findByOwesReportTrue(pageable));
    }
}
