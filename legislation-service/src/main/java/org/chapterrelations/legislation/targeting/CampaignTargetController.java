package org.chapterrelations.legislation.targeting;

import java.util.List;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Which active chapters a campaign in a given state would call to action. */
@Tag(name = "Campaign targets", description = "Chapters by the states they cover, from the directory's events.")
@RestController
@Validated
@RequestMapping("/api/legislation/campaign-targets")
class CampaignTargetController {

    private final TargetChapterRepository targets;

    CampaignTargetController(TargetChapterRepository targets) {
        this.targets = targets;
    }

    @Operation(operationId = "listCampaignTargets", summary = "Active chapters covering a state")
    @GetMapping
    List<TargetChapter> inState(
            @RequestParam @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter US state code") String state) {
        return targets.findByStatesAndActiveTrueOrderByChapterId(state.toUpperCase());
    }
}
