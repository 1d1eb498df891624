package org.chapterrelations.platform.test;

import java.net.InetSocketAddress;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One real Kafka broker (KRaft, in this JVM) and one real MongoDB-wire server per test JVM, started on
 * first use on free ports. Each Spring context gets its own database on the shared server.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedKafkaBroker kafka;
    private static MongoServer mongo;
    private static String mongoAddress;

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

    /** A MongoDB connection string for the shared in-memory server, naming {@code database}. */
    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            InetSocketAddress address = mongo.bind();
            mongoAddress = address.getHostString() + ":" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow, "embedded-mongo-shutdown"));
        }
        return "mongodb://" + mongoAddress + "/" + database;
    }
}
