package org.chapterrelations.legislation.sync;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;

import org.chapterrelations.legislation.sync.SyncSource.SyncRun;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The sources' cursors and run summaries, and the leases that let one run at a time write them. */
@Component
class SyncStore {

    private final MongoTemplate mongo;

    SyncStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Takes the source for {@code owner} unless a run holds it (a lease neither released nor expired): inserts
     * the next generation of its lease, which only one of instances racing can do. Empty when held or lost.
     */
    Optional<SyncLease> lease(String source, String owner, Instant now, Instant until) {
        SyncLease latest = latestLease(source);
        if (latest != null && latest.heldAt(now)) {
            return Optional.empty();
        }
        long generation = latest == null ? 1 : latest.generation() + 1;
        SyncLease lease = new SyncLease(SyncLease.id(source, generation), source, generation, owner, until, false);
        try {
            mongo.insert(lease);
        }
        catch (DuplicateKeyException lostTheRace) {
            return Optional.empty();
        }
        if (generation > 2) {
            mongo.remove(Query.query(where("_id").is(SyncLease.id(source, generation - 2))), SyncLease.class);
        }
        return Optional.of(lease);
    }

    /** Extends the lease; false when it has been taken over since (a newer generation exists). */
    boolean renew(SyncLease lease, Instant until) {
        mongo.updateFirst(Query.query(where("_id").is(lease.id())), new Update().set("until", until), SyncLease.class);
        return !mongo.exists(Query.query(where("_id").is(SyncLease.id(lease.source(), lease.generation() + 1))),
                SyncLease.class);
    }

    void release(SyncLease lease) {
        mongo.updateFirst(Query.query(where("_id").is(lease.id())), new Update().set("released", true),
                SyncLease.class);
    }

    /** The newest lease of the source, or null when it never ran. */
    SyncLease latestLease(String source) {
        String prefix = "^" + source.replaceAll("[\\\\.^$|?*+()\\[\\]{}]", "\\\\$0") + "#";
        return mongo.findOne(Query.query(where("_id").regex(prefix)).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                SyncLease.class);
    }

    SyncSource source(String id) {
        return mongo.findById(id, SyncSource.class);
    }

    /** Stores the run's progress, and the cursor once a page's bills are stored. */
    void progress(String id, Instant cursor, SyncRun summary) {
        Update update = new Update().set("lastRun", summary);
        if (cursor != null) {
            update.set("cursor", cursor);
        }
        mongo.upsert(Query.query(where("_id").is(id)), update, SyncSource.class);
    }
}
