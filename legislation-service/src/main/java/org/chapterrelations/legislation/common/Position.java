package org.chapterrelations.legislation.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** The office's stance on a bill. Support and oppose are public; monitor and neutral stay internal. */
public enum Position implements WireValue {
    SUPPORT, OPPOSE, MONITOR, NEUTRAL;

    @JsonValue
    @Override
    public String wire() {
        return name().toLowerCase();
    }

    public boolean isPublic() {
        return this == SUPPORT || this == OPPOSE;
    }
}
