package org.chapterrelations.notification.recipient;

/**
 * What notification-service reads from {@code directory.chapters.v1} (tolerant reader). Contract:
 * {@code docs/events/directory.ChapterRegistered.v1.schema.json}.
 */
record ChapterEvent(String chapterId, String name, String state, String status, String publicEmail) {

    boolean isComplete() {
        return chapterId != null && name != null && status != null;
    }
}
