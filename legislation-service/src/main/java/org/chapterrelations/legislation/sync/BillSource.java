package org.chapterrelations.legislation.sync;

import java.time.Instant;

import org.chapterrelations.legislation.importing.ImportFormat;

import tools.jackson.databind.JsonNode;

/**
 * A public API that lists bills updated since a time, oldest update first, one page at a time. A position is
 * the source's page number or offset within one {@code since}.
 */
abstract class BillSource {

    private final String id;
    private final String provider;
    private final String jurisdiction;
    private final boolean enabled;
    private final int firstPosition;

    /**
     * @param id {@code open-states:ca}, {@code congress}: the id of its document in {@code sync_sources}
     * @param jurisdiction the state code, or {@code us}
     */
    BillSource(String id, String provider, String jurisdiction, boolean enabled, int firstPosition) {
        this.id = id;
        this.provider = provider;
        this.jurisdiction = jurisdiction;
        this.enabled = enabled;
        this.firstPosition = firstPosition;
    }

    final String id() {
        return id;
    }

    final String provider() {
        return provider;
    }

    final String jurisdiction() {
        return jurisdiction;
    }

    final boolean enabled() {
        return enabled;
    }

    final int firstPosition() {
        return firstPosition;
    }

    /** A page; {@code stillHeld} renews the run's lease (a source that asks many times per page calls it between). */
    abstract Page fetch(Instant since, int position, Runnable stillHeld);

    /**
     * One page: the document to import (a page in the published shape the import reads), the newest update on
     * it (null when empty), whether more follow, and the next position should {@code since} stay the same.
     */
    record Page(JsonNode document, ImportFormat format, int bills, Instant newest, boolean last, int nextPosition) {
    }
}
