package org.chapterrelations.directory.common.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.ReplaceOptions;

/**
 * A search over the words of some text of each record, kept in its own collection as one entry per word
 * and record, keyed {@code "<word> <record id>"}: a search is a prefix range of {@code _id}, the one index
 * FerretDB 1.24 looks things up by (and the fastest in MongoDB). Each entry carries all the record's words and
 * the fields its list sorts and filters by, so that matching, filtering, sorting and counting read entries
 * only, and the page's records are then read by {@code _id}. Words and fields are kept as one BSON value in a
 * binary field: FerretDB 1.24 decodes each stored field on every read, and a search reads hundreds of entries
 * (one opaque field costs it less than half of the same data as fields).
 * <p>
 * Entries are written before the record ({@link #saving}: a crash in between leaves an extra entry, never a
 * missing one) and words the record lost are deleted after it ({@link #saved}); a search skips an entry that no
 * longer matches its record, rewrites the record's entries and deletes the lost words.
 *
 * @param <T> the records: what {@code source} turns into their id, searched text and fields
 */
public final class WordIndex<T> {

    /** One record as its entries describe it. */
    record Entry(String ref, List<String> words, Document fields) {
    }

    /** What a record puts in the index: its id, the text whose words are searched, its sort and filter fields. */
    public record Source(String ref, String text, Document fields) {
    }

    private static final Logger log = LoggerFactory.getLogger(WordIndex.class);
    private static final int BULK = 1_000;
    private static final int SIDE_BY_SIDE_BATCH = 100;
    /** The field holding an entry's words and fields; a collection whose entries lack it is from before, rebuilt. */
    private static final String PACKED = "entry";
    private static final Codec<Document> CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

    private final MongoTemplate mongo;
    private final String collection;
    private final Class<T> type;
    private final Function<T, Source> source;

    public WordIndex(MongoTemplate mongo, String collection, Class<T> type, Function<T, Source> source) {
        this.mongo = mongo;
        this.collection = collection;
        this.type = type;
        this.source = source;
    }

    /** Before the record is written: (re)writes the entries of every word of its text. */
    public void saving(T record) {
        put(source.apply(record));
    }

    /** After the record is written: deletes the entries of the words {@code previousText} had and it has not. */
    public void saved(T record, String previousText) {
        Source now = source.apply(record);
        List<String> words = Words.of(now.text());
        remove(now.ref(), Words.of(previousText).stream().filter(word -> !words.contains(word)).toList());
    }

    /**
     * The records whose words start with every word of {@code q} and whose fields pass {@code filter}, paged in
     * {@code pageable}'s order (MongoDB's: missing values first when ascending; ties by record id). The page's
     * records are read by {@code _id $in}; one whose entries had gone stale is left out, and its entries mended.
     */
    public Page<T> find(String q, Predicate<Document> filter, Pageable pageable) {
        List<String> words = Words.of(q);
        List<Entry> matches = matching(words, filter, pageable.getSort());
        List<Entry> page = pageable.isUnpaged() ? matches : matches.subList(
                (int) Math.min(pageable.getOffset(), matches.size()),
                (int) Math.min(pageable.getOffset() + pageable.getPageSize(), matches.size()));
        Map<String, T> byRef = page.isEmpty() ? Map.of() : mongo.find(Query.query(Criteria.where("_id")
                .in(page.stream().map(Entry::ref).toList())), type).stream()
                .collect(Collectors.toMap(record -> source.apply(record).ref(), Function.identity()));
        List<T> records = page.stream().map(entry -> {
            T record = byRef.get(entry.ref());
            Source current = record == null ? null : source.apply(record);
            if (current == null || !Words.allStart(words, Words.of(current.text())) || !filter.test(current.fields())) {
                mend(entry, current);
                return null;
            }
            return record;
        }).filter(Objects::nonNull).toList();
        return new PageImpl<>(records, pageable, matches.size() - (page.size() - records.size()));
    }

    /**
     * Builds the entries of a store that has records but none (a store from before this index, or records
     * loaded straight into it): one pass over the records read by {@code all}, in bulk.
     */
    public void buildIfMissing(Query all) {
        Document first = mongo.getCollection(collection).find().limit(1).first();
        if (first != null && first.containsKey(PACKED) || !mongo.exists(new Query(), type)) {
            return;
        }
        if (first != null) {
            log.info("Search entries of {} are in an earlier shape: rebuilding them", collection);
            mongo.dropCollection(collection);
        }
        long started = System.nanoTime();
        try (var records = mongo.stream(all, type)) {
            insertAll(records::iterator);
        }
        log.info("Search entries of {} built in {} ms", collection, (System.nanoTime() - started) / 1_000_000);
    }

    /** Bulk-inserts entries for many records; entries a concurrent save wrote are left as they are. */
    public void insertAll(Iterable<T> records) {
        List<Document> batch = new ArrayList<>();
        for (T record : records) {
            batch.addAll(entries(source.apply(record)));
            if (batch.size() >= BULK) {
                insert(batch);
            }
        }
        insert(batch);
    }

    private void put(Source source) {
        for (Document entry : entries(source)) {
            mongo.getCollection(collection).replaceOne(new Document("_id", entry.get("_id")), entry,
                    new ReplaceOptions().upsert(true));
        }
    }

    /** One entry per record whose words start with every query word and whose fields pass {@code filter}. */
    private List<Entry> matching(List<String> queryWords, Predicate<Document> filter, Sort sort) {
        if (queryWords.isEmpty()) {
            return List.of();
        }
        Map<String, Entry> byRef = new LinkedHashMap<>();
        for (Document document : entriesOfRarest(queryWords.stream().distinct().toList())) {
            Entry entry = unpack(document);
            if (Words.allStart(queryWords, entry.words()) && filter.test(entry.fields())) {
                byRef.putIfAbsent(entry.ref(), entry);
            }
        }
        return byRef.values().stream().sorted(order(sort)).toList();
    }

    /**
     * The entries of the query word that has the fewest. The words' ranges are read side by side, a batch of
     * each in turn, until one ends: a query costs about its rarest word's entries times its number of words,
     * however common the others ("valley chapter" reads about twice the valleys, not every chapter). The word
     * likely to be rarest goes first (one with a digit: the number of a code is rarer than its letters; else the
     * longest), and a range is only opened when its turn comes, so a guess that is right reads nothing else.
     */
    private List<Document> entriesOfRarest(List<String> words) {
        List<String> likelyRarestFirst = words.stream().sorted(Comparator.comparing((String word) -> hasDigit(word))
                .thenComparingInt(String::length).reversed()).toList();
        List<MongoCursor<Document>> cursors = new ArrayList<>();
        try {
            List<List<Document>> read = words.stream().<List<Document>>map(word -> new ArrayList<>()).toList();
            while (true) {
                for (int i = 0; i < likelyRarestFirst.size(); i++) {
                    if (cursors.size() == i) {
                        // Words hold letters and digits only: nothing in them is special to a regular expression.
                        var range = mongo.getCollection(collection)
                                .find(new Document("_id", new Document("$regex", "^" + likelyRarestFirst.get(i))));
                        cursors.add((words.size() == 1 ? range : range.batchSize(SIDE_BY_SIDE_BATCH)).iterator());
                    }
                    MongoCursor<Document> cursor = cursors.get(i);
                    for (int n = 0; n < SIDE_BY_SIDE_BATCH && cursor.hasNext(); n++) {
                        read.get(i).add(cursor.next());
                    }
                    if (!cursor.hasNext()) {
                        return read.get(i);
                    }
                }
            }
        } finally {
            cursors.forEach(MongoCursor::close);
        }
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /** An entry that no longer describes its record (null: gone): the record's entries rewritten, lost words deleted. */
    private void mend(Entry entry, Source current) {
        if (current != null) {
            put(current);
        }
        List<String> words = current == null ? List.of() : Words.of(current.text());
        remove(entry.ref(), entry.words().stream().filter(word -> !words.contains(word)).toList());
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
        Binary packed = pack(new Document("words", words).append("fields", source.fields()));
        return words.stream().map(word -> new Document("_id", key(word, source.ref())).append(PACKED, packed))
                .toList();
    }

    private static Binary pack(Document wordsAndFields) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        CODEC.encode(new BsonBinaryWriter(buffer), wordsAndFields, EncoderContext.builder().build());
        return new Binary(buffer.toByteArray());
    }

    private static Entry unpack(Document entry) {
        String key = entry.getString("_id");
        Document packed = new RawBsonDocument(entry.get(PACKED, Binary.class).getData()).decode(CODEC);
        return new Entry(key.substring(key.indexOf(' ') + 1), packed.getList("words", String.class),
                packed.get("fields", Document.class));
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
