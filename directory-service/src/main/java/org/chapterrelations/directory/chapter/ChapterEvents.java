package org.chapterrelations.directory.chapter;

/**
 * What the directory publishes on {@code directory.chapters.v1}; the JSON Schemas in
 * {@code docs/events/directory.chapters.v1/} are the contract.
 */
final class ChapterEvents {

    static final String TOPIC = "directory.chapters.v1";
    static final String REGISTERED = "directory.ChapterRegistered.v1";

    private ChapterEvents() {
    }

    static ChapterSnapshot snapshot(Chapter chapter) {
        return new ChapterSnapshot(chapter.code(), chapter.code(), chapter.name(), chapter.kind().wireName(),
                chapter.state(), chapter.status().wireName(), chapter.website(), chapter.publicEmail());
    }

    /** The chapter's public state as carried by its events. */
    record ChapterSnapshot(String chapterId, String code, String name, String kind, String state, String status,
            String website, String publicEmail) {
    }
}
