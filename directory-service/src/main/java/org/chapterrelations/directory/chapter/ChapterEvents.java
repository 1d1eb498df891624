package org.chapterrelations.directory.chapter;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What the directory publishes on {@code directory.chapters.v1}; the JSON Schemas in
 * {@code docs/events/directory.Chapter*.v1.schema.json} are the contract.
 */
final class ChapterEvents {

    static final String TOPIC = "directory.chapters.v1";
    static final String REGISTERED = "directory.ChapterRegistered.v1";
    static final String UPDATED = "directory.ChapterUpdated.v1";
    static final String RETIRED = "directory.ChapterRetired.v1";

    private ChapterEvents() {
    }

    static ChapterSnapshot snapshot(Chapter chapter) {
        return new ChapterSnapshot(chapter.code(), chapter.code(), chapter.name(), chapter.kind().wireName(),
                chapter.state(), chapter.states(), chapter.status().wireName(), chapter.website(),
                chapter.publicEmail(), chapter.publicPhone(),
                chapter.mailingAddress() == null ? null : chapter.mailingAddress().city(), chapter.school(),
                chapter.parentChapterId(), chapter.studentProgram());
    }

    static ChapterChange change(Chapter chapter, List<String> changedFields) {
        return new ChapterChange(snapshot(chapter), changedFields);
    }

    /** The chapter's public state as carried by its events (never {@code sampleData}: staff only). */
    record ChapterSnapshot(String chapterId, String code, String name, String kind, String state,
            List<String> states, String status, String website, String publicEmail, String publicPhone,
            String city, String school, String parentChapterId, boolean studentProgram) {
    }

    /** ChapterUpdated: the snapshot after the change plus the API names of the fields that changed. */
    record ChapterChange(@JsonUnwrapped ChapterSnapshot chapter, List<String> changedFields) {
    }
}
