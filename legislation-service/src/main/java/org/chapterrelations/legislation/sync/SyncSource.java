package org.chapterrelations.legislation.sync;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A polled source's state in the store, written only by the run that holds its lease: its cursor (the newest
 * update it has stored) and what its last run did.
 */
@Document("sync_sources")
record SyncSource(@Id String id, Instant cursor, SyncRun lastRun) {

    /** A run: when it started and ended, pages read, bills by outcome, and the error that stopped it. */
    record SyncRun(String trigger, Instant startedAt, Instant finishedAt, String outcome, int pages, int created,
            int updated, int unchanged, int rejected, SyncRunError error) {

        static final String RUNNING = "running";
        static final String SUCCEEDED = "succeeded";
        static final String FAILED = "failed";

        static SyncRun started(String trigger, Instant at) {
            return new SyncRun(trigger, at, null, RUNNING, 0, 0, 0, 0, 0, null);
        }

        SyncRun page(int created, int updated, int unchanged, int rejected) {
            return new SyncRun(trigger, startedAt, null, RUNNING, pages + 1, this.created + created,
                    this.updated + updated, this.unchanged + unchanged, this.rejected + rejected, null);
        }

        SyncRun finished(Instant at, SyncRunError error) {
            return new SyncRun(trigger, startedAt, at, error == null ? SUCCEEDED : FAILED, pages, created, updated,
                    unchanged, rejected, error);
        }
    }

    /** Why a run stopped: the message, the HTTP status the source answered (null when none), and when. */
    record SyncRunError(String message, Integer status, Instant at) {
    }
}
