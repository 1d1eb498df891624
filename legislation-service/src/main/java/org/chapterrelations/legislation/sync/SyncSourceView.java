package org.chapterrelations.legislation.sync;

import java.time.Instant;

import org.chapterrelations.legislation.sync.SyncSource.SyncRun;

/**
 * A source as staff see it: whether it is polled, whether a run holds it now, the newest update stored (the
 * cursor), and its last run's times, counts and error.
 */
record SyncSourceView(String id, String provider, String jurisdiction, boolean enabled, boolean running,
        Instant cursor, SyncRun lastRun) {

    static SyncSourceView of(BillSource source, SyncSource stored, SyncLease lease, Instant now) {
        return new SyncSourceView(source.id(), source.provider(), source.jurisdiction(), source.enabled(),
                lease != null && lease.heldAt(now), stored == null ? null : stored.cursor(),
                stored == null ? null : stored.lastRun());
    }
}
