package org.chapterrelations.legislation.bill;

import org.chapterrelations.legislation.common.WireValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a bill stands, as its actions show. */
public enum BillStatus implements WireValue {
    INTRODUCED, IN_COMMITTEE, PASSED_ONE_CHAMBER, PASSED_BOTH_CHAMBERS, SENT_TO_EXECUTIVE, ENACTED, VETOED, FAILED,
    DEAD;

    @JsonValue
    @Override
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Enacted, vetoed and failed bills do not die when their session ends: they already have an outcome. */
    boolean hasOutcome() {
        return this == ENACTED || this == VETOED || this == FAILED || this == DEAD;
    }
}
