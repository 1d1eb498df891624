package org.chapterrelations.survey.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a chapter's report stands; "late" is not a state but a comparison with the deadline (status board). */
public enum ReportState {
    NOT_STARTED("not-started"), DRAFT("draft"), SUBMITTED("submitted");

    private final String wireName;

    ReportState(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
