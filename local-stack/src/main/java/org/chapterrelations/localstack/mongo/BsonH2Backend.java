package org.chapterrelations.localstack.mongo;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/** mongo-java-server's H2 backend with every collection's documents stored as BSON (see {@link BsonDocumentType}). */
final class BsonH2Backend extends H2Backend {

    private BsonH2Backend(MVStore store) {
        super(store);
    }

    static BsonH2Backend open(MVStore store) {
        BsonCollections.prepare(store);
        BsonH2Backend backend = new BsonH2Backend(store);
        BsonCollections.openAll(store);
        return backend;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * An inner class on purpose: H2Database's constructor already opens collections, before a field of this
     * class would be set, while the enclosing backend (and so its store) is reachable from the start.
     */
    private final class BsonH2Database extends H2Database {

        BsonH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            BsonCollections.openDataMap(getMvStore(), BsonCollections.DATA_MAP_PREFIX + getFullCollectionNamespace(collectionName));
            return super.openOrCreateCollection(collectionName, options);
        }
    }
}
