package org.chapterrelations.legislation.campaign;

import org.chapterrelations.legislation.common.WireValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** A campaign is drafted, launched (chapters may report actions), then closed once. */
public enum CampaignStatus implements WireValue {
    DRAFT, LAUNCHED, CLOSED;

    @JsonValue
    @Override
    public String wire() {
        return name().toLowerCase();
    }
}
