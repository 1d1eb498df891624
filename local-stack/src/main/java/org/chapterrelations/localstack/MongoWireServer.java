package org.chapterrelations.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Child-process entry point: a MongoDB-wire server persisting to one H2 file.
 * mongo-java-server's own {@code H2MongoServer} main always binds 27017; this one takes the port.
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    /** Arguments: {@code <h2-file> <port>}. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(file.getParent());
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        // Closing the server closes the backend, which commits the H2 store: nothing is lost on Ctrl-C.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-shutdown"));
        server.bind("localhost", port);
        System.out.println("MongoDB-wire server on localhost:" + port + ", data in " + file);
    }
}
