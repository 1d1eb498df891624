package org.chapterrelations.directory.chapter;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a chapter covers: one state, a region of several states, or one school's students. */
public enum ChapterKind {

    STATE("state"), REGIONAL("regional"), STUDENT("student");

    private final String wireName;

    ChapterKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
