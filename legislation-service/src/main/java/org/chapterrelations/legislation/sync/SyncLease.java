package org.chapterrelations.legislation.sync;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One run's hold on a source: generation {@code n} of the source's leases, {@code _id} {@code <source>#<n>}.
 * A run takes a source by inserting the next generation: the unique {@code _id} lets one insert of two win, on
 * MongoDB and on FerretDB 1.24 alike (whose updates are a read then a write, so a conditional update could let
 * both win, docs/ferretdb.md). Only its owner writes a lease afterwards.
 */
@Document("sync_leases")
record SyncLease(@Id String id, String source, long generation, String owner, Instant until, boolean released) {

    static String id(String source, long generation) {
        return source + "#" + String.format("%012d", generation);
    }

    boolean heldAt(Instant now) {
        return !released && until != null && until.isAfter(now);
    }
}
