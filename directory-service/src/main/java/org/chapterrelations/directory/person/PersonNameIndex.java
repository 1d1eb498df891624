package org.chapterrelations.directory.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every person's name and sort fields, in memory. The embedded MongoDB-wire server uses no index for a
 * regex (nor any non-unique index): a name search over 50,000 people decoded every document twice (page
 * and count), about 100 ms. Matching and sorting 50,000 small records in memory takes a millisecond or
 * two; MongoDB then only fetches the page's people by {@code _id}, a unique index it does use.
 * <p>
 * Kept current by this process's save events, and reloaded every {@code refreshEveryNanos} for writes made
 * elsewhere (another instance, a direct bulk load). A reload replaces an entry only with the same or a
 * newer version, so a reload racing a save cannot bring back an old name.
 */
final class PersonNameIndex {

    record Entry(String id, String searchName, String displayName, String givenName, String familyName,
            String organization, Instant createdAt, long version) {

        static Entry of(Person person) {
            return new Entry(person.id(), person.displayName().toLowerCase(), person.displayName(),
                    person.givenName(), person.familyName(), person.organization(), person.createdAt(),
                    person.version() == null ? -1 : person.version());
        }
    }

    private final MongoTemplate mongo;
    private final long refreshEveryNanos;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile long loadedAt;
    private volatile boolean loaded;

    PersonNameIndex(MongoTemplate mongo, long refreshEveryNanos) {
        this.mongo = mongo;
        this.refreshEveryNanos = refreshEveryNanos;
    }

    /** A save is the newest state, even at a lower version (a collection dropped and filled again). */
    void saved(Person person) {
        if (person.id() != null && person.displayName() != null) {
            entries.put(person.id(), Entry.of(person));
        }
    }

    /** The people whose lower-cased display name contains {@code needle}, in {@code sort} order. */
    List<Entry> matching(String needle, Sort sort) {
        refreshIfDue();
        List<Entry> matches = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.searchName().contains(needle)) {
                matches.add(entry);
            }
        }
        matches.sort(comparator(sort));
        return matches;
    }

    /** MongoDB's order: strings compared by code unit, missing values first when ascending; ties by id. */
    private static Comparator<Entry> comparator(Sort sort) {
        Comparator<Entry> order = (a, b) -> 0;
        for (Sort.Order field : sort) {
            Comparator<Entry> one = switch (field.getProperty()) {
                case "displayName" -> Comparator.comparing(Entry::displayName, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "givenName" -> Comparator.comparing(Entry::givenName, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "familyName" -> Comparator.comparing(Entry::familyName, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "organization" -> Comparator.comparing(Entry::organization, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "createdAt" -> Comparator.comparing(Entry::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()));
                default -> throw new IllegalArgumentException("not sortable: " + field.getProperty());
            };
            order = order.thenComparing(field.isAscending() ? one : one.reversed());
        }
        return order.thenComparing(Entry::id);
    }

    private void refreshIfDue() {
        if (!loaded) {
            reload();
        } else if (System.nanoTime() - loadedAt > refreshEveryNanos && reloading.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    reload();
                } finally {
                    reloading.set(false);
                }
            });
        }
    }

    private synchronized void reload() {
        long started = System.nanoTime();
        Query fields = new Query();
        fields.fields().include("givenName", "familyName", "displayName", "organization", "createdAt", "version");
        for (Person person : mongo.find(fields, Person.class)) {
            entries.merge(person.id(), Entry.of(person),
                    (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        }
        loadedAt = started;
        loaded = true;
    }
}
