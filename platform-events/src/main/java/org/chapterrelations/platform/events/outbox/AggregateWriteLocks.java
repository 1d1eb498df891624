package org.chapterrelations.platform.events.outbox;

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps this process's writes to one aggregate document from running at the same time: the writer's save and
 * the relay's marking of a sent event.
 *
 * <p>Why: FerretDB 1.24 carries out an update as a read, then a write of the whole document, with nothing in
 * between to stop another update of that document; two concurrent updates lose one of them (a relay's mark
 * undid an appointment saved a moment before), and a {@code @Version} check does not catch it. MongoDB makes
 * each single-document update atomic, and needs none of this. Striped, so memory stays fixed; per process, so
 * instances of a service on FerretDB still race with one another (see docs/ferretdb.md).
 */
public final class AggregateWriteLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public AggregateWriteLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code write} while no other write of this aggregate runs in this process. */
    public <T> T writing(String collection, Object aggregateId, Supplier<T> write) {
        ReentrantLock lock = stripes[stripe(collection, aggregateId)];
        lock.lock();
        try {
            return write.get();
        }
        finally {
            lock.unlock();
        }
    }

    /** As {@link #writing} for several aggregates at once (stripes taken in one order, so never a deadlock). */
    public void writingAll(String collection, Collection<?> aggregateIds, Runnable write) {
        TreeSet<Integer> needed = new TreeSet<>();
        aggregateIds.forEach(id -> needed.add(stripe(collection, id)));
        int taken = 0;
        try {
            for (int stripe : needed) {
                stripes[stripe].lock();
                taken++;
            }
            write.run();
        }
        finally {
            needed.stream().limit(taken).forEach(stripe -> stripes[stripe].unlock());
        }
    }

    private static int stripe(String collection, Object aggregateId) {
        return Math.floorMod((collection + '\u0000' + aggregateId).hashCode(), STRIPES);
    }
}
