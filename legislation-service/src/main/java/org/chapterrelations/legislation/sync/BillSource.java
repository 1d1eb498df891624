package org.chapterrelations.legislation.sync;

import java.time.Instant;

import org.chapterrelations.legislation.importing.ImportFormat;

import tools.jackson.databind.JsonNode;

/**
 * A public API that lists bills updated since a time, oldest update first, one page at a time. A position is
 * the source's page number or offset within one {@code since}.
 */
interface BillSource {

    /** {@code open-states:ca}, {@code congress}: the id of its document in {@code sync_sources}. */
    String id();

    String provider();

    /** The state code, {@code us}, or null when the source spans several. */
    String jurisdiction();

    boolean enabled();

    int firstPosition();

    /** A page; {@code stillHeld} renews the run's lease (a source that asks many times per page calls it between). */
    Page fetch(Instant since, int position, Runnable stillHeld);

    /**
     * One page: the document to import (a page in the published shape the import reads), the newest update on
     * it (null when empty), whether more follow, and the next position should {@code since} stay the same.
     */
    record Page(JsonNode document, ImportFormat format, int bills, Instant newest, boolean last, int nextPosition) {
    }
}
