package org.chapterrelations.legislation.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much of the office's attention a bill gets. */
public enum Priority implements WireValue {
    HIGH, MEDIUM, LOW;

    @JsonValue
    @Override
    public String wire() {
        return name().toLowerCase();
    }
}
