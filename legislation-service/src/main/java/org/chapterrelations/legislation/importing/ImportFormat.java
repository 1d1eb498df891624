package org.chapterrelations.legislation.importing;

import org.chapterrelations.legislation.common.WireValue;

import tools.jackson.databind.JsonNode;

/** The published bill shapes an import understands. */
public enum ImportFormat implements WireValue {
    OPENSTATES_SCRAPE, OPENSTATES_V3, CONGRESS;

    @Override
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The format of one bill record, from the fields only that format has; null when none fits. */
    static ImportFormat detect(JsonNode record) {
        if (record.has("legislative_session")) {
            return OPENSTATES_SCRAPE;
        }
        if (record.has("congress") && record.has("type") && record.has("number")) {
            return CONGRESS;
        }
        if (record.has("session") && (record.path("jurisdiction").isObject()
                || Json.text(record, "id") != null && Json.text(record, "id").startsWith("ocd-bill/"))) {
            return OPENSTATES_V3;
        }
        return null;
    }
}
