package org.chapterrelations.directory.chapter;

import com.fasterxml.jackson.annotation.JsonValue;

/** Retired chapters stay in the directory for history but owe nothing and receive nothing. */
public enum ChapterStatus {

    ACTIVE("active"), RETIRED("retired");

    private final String wireName;

    ChapterStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
