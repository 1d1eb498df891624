package org.chapterrelations.directory.common.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bson.Document;
import com.mongodb.client.model.ReplaceOptions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A search over the words of some text of each record, kept in its own collection as one entry per word
 * and record, keyed {@code "<word> <record id>"}: a search is a prefix range of {@code _id}, the one index
 * FerretDB 1.24 looks things up by (and the fastest in MongoDB). Each entry carries all the record's words and
 * the fields its list sorts and filters by, so that matching, filtering, sorting and counting read entries
 * only, and the page's records are then read by {@code _id}.
 * <p>
 * Entries are written before the record (a crash in between leaves an extra entry, never a missing one) and
 * words the record lost are deleted after it; callers skip entries that no longer match their record and
 * hand them to {@link #removeStale}.
 */
public final class WordIndex {

    /** One record as its entries describe it. */
    public record Entry(String ref, List<String> words, Document fields) {
    }

    /** What a record puts in the index: its id, the text whose words are searched, its sort and filter fields. */
    public record Source(String ref, String text, Document fields) {
    }

    private static final int BULK = 1_000;

    private final MongoTemplate mongo;
    private final String collection;

    public WordIndex(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Writes (or rewrites) the entries of every word of the record's text. */
    public void put(Source source) {
        for (Document entry : entries(source)) {
            mongo.getCollection(collection).replaceOne(new Document("_id", entry.get("_id")), entry,
                    new ReplaceOptions().upsert(true));
        }
    }

    /** Deletes the entries of the words {@code before} had and {@code after} has not. */
    public void dropLostWords(String ref, String before, String after) {
        List<String> now = Words.of(after);
        remove(ref, Words.of(before).stream().filter(word -> !now.contains(word)).toList());
    }

    /**
     * The records whose words start with every query word and whose fields pass {@code filter}, one entry each,
     * in {@code sort} order (MongoDB's: missing values first when ascending; ties by record id). One range is
     * read, for the query word likely to have the fewest entries: one with a digit (the number of a code is rarer
     * than its letters), else the longest.
     */
    public List<Entry> matching(List<String> queryWords, Predicate<Document> filter, Sort sort) {
        if (queryWords.isEmpty()) {
            return List.of();
        }
        String rarest = queryWords.stream().max(Comparator.comparing(WordIndex::hasDigit)
                .thenComparingInt(String::length)).orElseThrow();
        // Words hold letters and digits only: nothing in them is special to a regular expression.
        Document range = new Document("_id", new Document("$regex", "^" + rarest));
        Map<String, Entry> byRef = new LinkedHashMap<>();
        for (Document document : mongo.getCollection(collection).find(range)) {
            Entry entry = new Entry(document.getString("ref"), document.getList("words", String.class),
                    document.get("fields", Document.class));
            if (Words.allStart(queryWords, entry.words()) && filter.test(entry.fields())) {
                byRef.putIfAbsent(entry.ref(), entry);
            }
        }
        return byRef.values().stream().sorted(order(sort)).toList();
    }

    /** Deletes an entry's words that {@code currentText} (null: the record is gone) no longer has. */
    public void removeStale(Entry entry, String currentText) {
        List<String> current = Words.of(currentText);
        remove(entry.ref(), entry.words().stream().filter(word -> !current.contains(word)).toList());
    }

    public boolean isEmpty() {
        return mongo.getCollection(collection).find().limit(1).first() == null;
    }

    /** Bulk-inserts entries for many records (a rebuild); entries a concurrent save wrote are left as they are. */
    public void insertAll(Iterable<Source> sources) {
        List<Document> batch = new ArrayList<>();
        for (Source source : sources) {
            batch.addAll(entries(source));
            if (batch.size() >= BULK) {
                insert(batch);
            }
        }
        insert(batch);
    }

    private void insert(List<Document> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection).insert(batch).execute();
        } catch (BulkOperationException alreadyThere) {
            // a save wrote some of these meanwhile: theirs are as new as ours
        }
        batch.clear();
    }

    private void remove(String ref, Collection<String> words) {
        if (!words.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(words.stream().map(word -> key(word, ref)).toList())),
                    collection);
        }
    }

    private static List<Document> entries(Source source) {
        List<String> words = Words.of(source.text());
        return words.stream().map(word -> new Document("_id", key(word, source.ref())).append("ref", source.ref())
                .append("words", words).append("fields", source.fields())).toList();
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    public static String key(String word, String ref) {
        return word + " " + ref;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Comparator<Entry> order(Sort sort) {
        Comparator<Entry> order = (a, b) -> 0;
        for (Sort.Order field : sort) {
            Comparator<Entry> one = Comparator.comparing(entry -> (Comparable) entry.fields().get(field.getProperty()),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            order = order.thenComparing(field.isAscending() ? one : one.reversed());
        }
        return order.thenComparing(Entry::ref);
    }
}
