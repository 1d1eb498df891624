package org.chapterrelations.survey.roster;

import org.chapterrelations.platform.web.http.SortableFields;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The chapters that owe this year's report. */
@Tag(name = "Roster", description = "The chapters that owe this year's report.")
@RestController
@RequestMapping("/api/surveys/roster")
class RosterController {

    private static final SortableFields SORTABLE = SortableFields.of("name", "chapterId", "kind", "state", "status",
            "updatedAt");

    private final RosterRepository roster;

    RosterController(RosterRepository roster) {
        this.roster = roster;
    }

    @Operation(operationId = "listRoster", summary = "The chapters that owe this year's report, a page at a time")
    @GetMapping
    PagedModel<RosterEntry> owing(@PageableDefault(size = 50, sort = "name") Pageable pageable) {
        SORTABLE.check(pageable.getSort());
        return new PagedModel<>(roster.findByOwesReportTrue(pageable));
    }
}
