package org.chapterrelations.legislation.targeting;

import java.util.List;

/**
 * The part of a directory chapter event that targeting needs (tolerant reader). Contract:
 * {@code docs/events/directory.ChapterRegistered.v1.schema.json}.
 */
record ChapterSnapshot(String chapterId, String name, String state, List<String> states, String status) {

    TargetChapter toTarget() {
        if (chapterId == null || state == null || status == null) {
            return null;
        }
        List<String> covered = states == null || states.isEmpty() ? List.of(state) : states;
        return new TargetChapter(chapterId, name, state, covered, "active".equals(status));
    }
}
