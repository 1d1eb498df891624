package org.chapterrelations.legislation.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.chapterrelations.legislation.importing.BillImport;
import org.chapterrelations.legislation.importing.ImportResult;
import org.chapterrelations.legislation.sync.SyncSource.SyncRunError;
import org.chapterrelations.legislation.sync.SyncSource.SyncRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a source to the end of its list under a lease: from its cursor (less the overlap), page after page into
 * the import, moving the cursor only once a page's bills are stored. So a run that stops anywhere resumes at the
 * last stored page; what the overlap reads twice is unchanged, and stays one bill.
 * <p>
 * Paging asks again from the newest update seen instead of for the next page number: a bill updated while the
 * run pages moves to the end of the list, which would shift an unread bill onto a page already read. Only a
 * page whose bills all share one update time falls back to the next page number.
 */
@Component
class SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    /** A run that holds its source's lease and may start. */
    record Lease(BillSource source, SyncLease held, Instant cursor, SyncRun summary) {
    }

    private final SyncStore store;
    private final BillImport imports;
    private final SyncProperties properties;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    SyncRunner(SyncStore store, BillImport imports, SyncProperties properties, Clock clock) {
        this.store = store;
        this.imports = imports;
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes the source's lease; empty when another run (here or on another instance) holds it. */
    Optional<Lease> tryStart(BillSource source, String trigger) {
        Instant now = clock.instant();
        String owner = instance + "/" + UUID.randomUUID();
        return store.lease(source.id(), owner, now, now.plus(properties.lease())).map(held -> {
            SyncSource stored = store.source(source.id());
            SyncRun started = SyncRun.started(trigger, now);
            store.progress(source.id(), null, started);
            return new Lease(source, held, stored == null ? null : stored.cursor(), started);
        });
    }

    void run(Lease lease) {
        BillSource source = lease.source();
        Instant cursor = lease.cursor();
        Instant since = cursor != null ? cursor.minus(properties.overlap())
                : lease.summary().startedAt().minus(properties.firstRunLookback());
        int position = source.firstPosition();
        SyncRun summary = lease.summary();
        SyncRunError error = null;
        Runnable stillHeld = () -> {
            if (!store.renew(lease.held(), clock.instant().plus(properties.lease()))) {
                throw new LeaseLost();
            }
        };
        boolean held = true;
        try {
            while (true) {
                BillSource.Page page = source.fetch(since, position, stillHeld);
                ImportResult stored = imports.run(page.document(), page.format());
                stillHeld.run();
                cursor = UpdateTimes.newer(cursor, page.newest());
                summary = summary.page(stored.created(), stored.updated(), stored.unchanged(), stored.rejected());
                store.progress(source.id(), cursor, summary);
                if (page.last() || page.bills() == 0) {
                    break;
                }
                if (page.newest() != null && page.newest().isAfter(since)) {
                    since = page.newest();
                    position = source.firstPosition();
                }
                else {
                    position = page.nextPosition();
                }
            }
            log.info("Sync of {}: {} pages, {} created, {} updated, {} unchanged, {} rejected", source.id(),
                    summary.pages(), summary.created(), summary.updated(), summary.unchanged(), summary.rejected());
        }
        catch (LeaseLost ex) {
            held = false;
            log.warn("Sync of {}: its lease expired and another run took it over; stopping", source.id());
        }
        catch (SyncFailure ex) {
            error = new SyncRunError(ex.getMessage(), ex.status(), clock.instant());
            log.warn("Sync of {} stopped after {} pages: {}", source.id(), summary.pages(), ex.getMessage());
        }
        catch (RuntimeException ex) {
            error = new SyncRunError("the run failed: " + ex.getMessage(), null, clock.instant());
            log.warn("Sync of {} failed after {} pages", source.id(), summary.pages(), ex);
        }
        finally {
            if (held) {
                store.progress(source.id(), null, summary.finished(clock.instant(), error));
                store.release(lease.held());
            }
        }
    }

    /** The run's lease expired and another run took the source: this one stops writing at once. */
    private static final class LeaseLost extends RuntimeException {

        LeaseLost() {
            super(null, null, false, false);
        }
    }
}
