package org.chapterrelations.legislation.targeting;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/** The active chapters covering any of some states, from the read model the directory's events keep. */
@Component
public class CampaignTargeting {

    private final TargetChapterRepository targets;

    CampaignTargeting(TargetChapterRepository targets) {
        this.targets = targets;
    }

    /** Chapter ids (codes), sorted, each once even if it covers several of the states. */
    public List<String> activeChapterIdsIn(Collection<String> states) {
        TreeSet<String> ids = new TreeSet<>();
        for (String state : states) {
            targets.findByStatesAndActiveTrueOrderByChapterId(state.toUpperCase())
                    .forEach(target -> ids.add(target.chapterId()));
        }
        return List.copyOf(ids);
    }
}
