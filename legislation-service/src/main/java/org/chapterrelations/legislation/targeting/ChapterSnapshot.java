package org.chapterrelations.legislation.targeting;

/**
 * The part of a directory chapter event that targeting needs (tolerant reader). Contract:
 * {@code docs/events/directory.ChapterRegistered.v1.schema.json}.
 */
record ChapterSnapshot(String chapterId, String name, String state, String status) {

    TargetChapter toTarget() {
        if (chapterId == null || state == null || status == null) {
            return null;
        }
        return new TargetChapter(chapterId, name, state, "active".equals(status));
    }
}
