package org.chapterrelations.benchmarks;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Writes the data set straight into the directory's collections, in bulk: through the API it would take
 * minutes and publish 5,000 events nobody wants. A complete earlier load is reused as is.
 */
final class DataSetLoader {

    private static final int BATCH = 1_000;

    private final String mongoUri;

    DataSetLoader(String mongoUri) {
        this.mongoUri = mongoUri;
    }

    /** Returns what it did, for the report. */
    String ensureLoaded() {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase db = client.getDatabase(databaseName());
            MongoCollection<Document> chapters = db.getCollection("chapters");
            MongoCollection<Document> people = db.getCollection("people");
            boolean complete = present(chapters, DataSetGenerator.chapterCode(DataSetGenerator.CHAPTERS))
                    && present(people, DataSetGenerator.personId(DataSetGenerator.PEOPLE));
            if (complete) {
                return "data set already loaded: reused";
            }
            long started = System.nanoTime();
            // A partial earlier load (interrupted run) is replaced whole.
            chapters.deleteMany(idPrefix(DataSetGenerator.CHAPTER_CODE_PREFIX));
            people.deleteMany(idPrefix(DataSetGenerator.PERSON_ID_PREFIX));
            DataSetGenerator generator = new DataSetGenerator();
            insert(chapters, generator.chapters());
            insert(people, generator.people());
            return String.format(java.util.Locale.ROOT, "data set loaded in %.1f s",
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private String databaseName() {
        String path = mongoUri.replaceFirst("^mongodb(\\+srv)?://[^/]*/?", "");
        String name = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return name.isBlank() ? "directory" : name;
    }

    private static boolean present(MongoCollection<Document> collection, String id) {
        return collection.find(Filters.eq("_id", id)).first() != null;
    }

    /** Ids starting with the prefix: a range, since a dash sorts right before a dot. */
    private static Bson idPrefix(String prefix) {
        String upper = prefix.substring(0, prefix.length() - 1) + ".";
        return Filters.and(Filters.gte("_id", prefix), Filters.lt("_id", upper));
    }

    private static void insert(MongoCollection<Document> collection, List<Document> documents) {
        for (int from = 0; from < documents.size(); from += BATCH) {
            collection.insertMany(documents.subList(from, Math.min(from + BATCH, documents.size())),
                    new InsertManyOptions().ordered(false));
        }
    }
}
