package org.chapterrelations.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chapterrelations.ferretdb.FerretDbBinary;
import org.chapterrelations.ferretdb.FerretDbServer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, in this JVM) and one real FerretDB server (a child process on its
 * SQLite backend, data in a temporary folder) per test JVM, started on first use on free ports. Each
 * Spring context gets its own database on the shared server.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedKafkaBroker kafka;
    private static FerretDbServer ferretDb;

    private EmbeddedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.brokerProperty("num.partitions", "3");
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
        }
        return kafka.getBrokersAsString();
    }

    /** A MongoDB connection string for the shared FerretDB server, naming {@code database}. */
    public static synchronized String mongoUri(String database) {
        return ferretDb().uri(database);
    }

    /** The test JVM's FerretDB, for tests that stop and restart the store under a running service. */
    public static synchronized FerretDbServer ferretDb() {
        if (ferretDb == null) {
            Path data = temporaryDataFolder();
            FerretDbServer server = FerretDbServer.startSqlite(FerretDbBinary.locate(System.out::println), data);
            ferretDb = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteQuietly(data);
            }, "ferretdb-shutdown"));
        }
        return ferretDb;
    }

    private static Path temporaryDataFolder() {
        try {
            // Under target/ when Maven runs the tests, so a killed JVM leaves nothing in the system temp folder.
            Path target = Path.of("target");
            return Files.isDirectory(target) ? Files.createTempDirectory(target, "ferretdb-")
                    : Files.createTempDirectory("ferretdb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
