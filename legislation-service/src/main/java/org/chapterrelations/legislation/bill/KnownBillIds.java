package org.chapterrelations.legislation.bill;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The ids of stored bills, in memory, so that an import need not ask the store about each new bill (one
 * round trip per bill was most of an import's time). Loaded on first use and kept by this instance's inserts;
 * an id another instance inserted meanwhile is not known here, and then the batch insert fails on the
 * duplicate key and the batch is upserted one bill at a time.
 */
@Component
class KnownBillIds {

    private final MongoTemplate mongo;
    private volatile Set<String> ids;

    KnownBillIds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean contains(String id) {
        return loaded().contains(id);
    }

    void add(String id) {
        loaded().add(id);
    }

    private Set<String> loaded() {
        Set<String> known = ids;
        if (known == null) {
            synchronized (this) {
                if (ids == null) {
                    Set<String> all = ConcurrentHashMap.newKeySet();
                    Query query = new Query();
                    query.fields().include("_id");
                    try (var documents = mongo.stream(query, Document.class, mongo.getCollectionName(Bill.class))) {
                        documents.forEach(document -> all.add(document.getString("_id")));
                    }
                    ids = all;
                }
                known = ids;
            }
        }
        return known;
    }
}
