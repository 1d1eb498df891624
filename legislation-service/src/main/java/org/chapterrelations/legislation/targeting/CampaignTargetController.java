package org.chapterrelations.legislation.targeting;

import java.util.List;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;

/** Which active chapters a campaign in a given state would call to action. */
@RestController
@Validated
@RequestMapping("/api/legislation/campaign-targets")
class CampaignTargetController {

    private final TargetChapterRepository targets;

    CampaignTargetController(TargetChapterRepository targets) {
        this.targets = targets;
    }

    @GetMapping
    List<TargetChapter> inState(
            @RequestParam @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter US state code") String state) {
        return targets.findByStatesAndActiveTrueOrderByChapterId(state.toUpperCase());
    }
}
