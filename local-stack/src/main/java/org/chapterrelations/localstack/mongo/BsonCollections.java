package org.chapterrelations.localstack.mongo;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The H2 maps that hold collections' documents ({@code databases.<db>.<collection>}, mongo-java-server's
 * naming), opened with BSON values. A map opened once stays open in its store, and mongo-java-server's own
 * {@code openMap(name)} then gets that instance, so opening them here first decides their value type.
 */
final class BsonCollections {

    static final String DATA_MAP_PREFIX = "databases.";
    private static final String FORMAT_MAP = "local-stack.format";
    private static final String DOCUMENTS_KEY = "documents";
    private static final String BSON = "bson";

    private BsonCollections() {
    }

    /** Converts a store written with Java-serialised documents (older local stacks) and opens every collection. */
    static void prepare(MVStore store) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (!BSON.equals(format.get(DOCUMENTS_KEY))) {
            for (String name : dataMapNames(store)) {
                convert(store, name);
            }
            format.put(DOCUMENTS_KEY, BSON);
            store.commit();
        }
        openAll(store);
    }

    static MVMap<Object, Document> openDataMap(MVStore store, String name) {
        MVMap<Object, Document> map = store.openMap(name, new MVMap.Builder<Object, Document>()
                .valueType(BsonDocumentType.INSTANCE));
        if (map.getValueType() != BsonDocumentType.INSTANCE) {
            throw new IllegalStateException("collection map " + name + " was opened without BSON values");
        }
        return map;
    }

    /** Opens every collection's map with BSON values; fails if one is already open with another value type. */
    static void openAll(MVStore store) {
        dataMapNames(store).forEach(name -> openDataMap(store, name));
    }

    private static void convert(MVStore store, String name) {
        MVMap<Object, Object> javaSerialised = store.openMap(name);
        MVMap<Object, Document> bson = openDataMap(store, name + ".bson-conversion");
        bson.clear();
        javaSerialised.forEach((id, document) -> bson.put(id, (Document) document));
        store.removeMap(javaSerialised);
        store.renameMap(bson, name);
    }

    private static List<String> dataMapNames(MVStore store) {
        return store.getMapNames().stream().filter(name -> name.startsWith(DATA_MAP_PREFIX)).toList();
    }
}
