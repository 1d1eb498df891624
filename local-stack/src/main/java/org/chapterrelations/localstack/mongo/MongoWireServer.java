package org.chapterrelations.localstack.mongo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;

/**
 * Child-process entry point: a MongoDB-wire server persisting to one H2 file, documents stored as BSON.
 * mongo-java-server's own {@code H2MongoServer} main always binds 27017; this one takes the port.
 */
public final class MongoWireServer {

    /** H2's page cache; documents are counted at about their decoded size (see BsonDocumentType). */
    private static final int CACHE_MB = 64;

    private MongoWireServer() {
    }

    /** Arguments: {@code <h2-file> <port>}. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(openBackend(file));
        // Closing the server closes the backend, which commits the H2 store: nothing is lost on Ctrl-C.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-shutdown"));
        server.bind("localhost", port);
        System.out.println("MongoDB-wire server on localhost:" + port + ", data in " + file);
    }

    static BsonH2Backend openBackend(Path file) {
        return BsonH2Backend.open(new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).open());
    }
}
