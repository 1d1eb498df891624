package org.chapterrelations.localstack.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

class MongoWireServerTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsOfEveryBsonTypeSurviveWritesUpdatesAndARestart() {
        Path file = dataDir.resolve("mongo.mv.db");
        Document bill = richDocument("ca-2025-hb-1");
        withServer(MongoWireServer.openBackend(file), bills -> {
            bills.insertOne(bill);
            bills.insertOne(richDocument("ca-2025-hb-2"));
            bills.updateOne(eq("_id", "ca-2025-hb-1"), combine(set("status", "passed-one-chamber"),
                    push("actions", new Document("description", "Passed Assembly").append("order", 3))));
            bills.updateOne(eq("_id", "ca-2025-hb-2"), pull("pendingEvents", new Document("eventId", "e-1")));
        });

        withServer(MongoWireServer.openBackend(file), bills -> {
            Document first = bills.find(eq("_id", "ca-2025-hb-1")).first();
            assertThat(first.getString("status")).isEqualTo("passed-one-chamber");
            assertThat(first.getList("actions", Document.class)).extracting(action -> action.getString("description"))
                    .containsExactly("Introduced", "Referred to committee", "Passed Assembly");
            assertThat(first.get("introduced")).isEqualTo(bill.get("introduced"));
            assertThat(first.get("amount")).isEqualTo(bill.get("amount"));
            assertThat(first.get("ref")).isEqualTo(bill.get("ref"));
            assertThat(first.get("blob", Binary.class).getData()).isEqualTo(new byte[] { 1, 2, 3 });
            assertThat(first.getLong("views")).isEqualTo(12_000_000_000L);
            assertThat(first.getDouble("score")).isEqualTo(0.75);
            assertThat(first.getBoolean("tracked")).isTrue();
            assertThat(first.containsKey("note")).isTrue();
            assertThat(first.get("note")).isNull();
            assertThat(first.get("office", Document.class).getList("issueAreas", String.class))
                    .containsExactly("funding", "broadband");
            assertThat(bills.find(eq("_id", "ca-2025-hb-2")).first().getList("pendingEvents", Document.class))
                    .extracting(event -> event.getString("eventId")).containsExactly("e-2");
            assertThat(bills.countDocuments(eq("office.tracked", true))).isEqualTo(2);
            assertThat(bills.countDocuments(eq("status", "introduced"))).isEqualTo(1);
        });
    }

    @Test
    void aUniqueIndexStillRefusesDuplicatesAfterARestart() {
        Path file = dataDir.resolve("mongo.mv.db");
        withServer(MongoWireServer.openBackend(file), reminders -> {
            reminders.createIndex(Indexes.ascending("claim"), new com.mongodb.client.model.IndexOptions().unique(true));
            reminders.insertOne(new Document("_id", "r-1").append("claim", "2026/CA/30"));
        });

        withServer(MongoWireServer.openBackend(file), reminders -> {
            List<String> refused = new ArrayList<>();
            try {
                reminders.insertOne(new Document("_id", "r-2").append("claim", "2026/CA/30"));
            } catch (com.mongodb.MongoWriteException ex) {
                refused.add(ex.getError().getCategory().name());
            }
            assertThat(refused).containsExactly("DUPLICATE_KEY");
            assertThat(reminders.countDocuments()).isEqualTo(1);
        });
    }

    @Test
    void aDataFolderWrittenByAnOlderLocalStackIsConvertedWithoutLoss() {
        Path file = dataDir.resolve("mongo.mv.db");
        withServer(new H2Backend(file.toString()), bills -> {
            bills.insertOne(richDocument("ca-2025-hb-1"));
            bills.insertOne(richDocument("ny-2025-s-5"));
        });

        withServer(MongoWireServer.openBackend(file), bills -> {
            assertThat(bills.find(eq("_id", "ny-2025-s-5")).first().getString("title")).isEqualTo("Library funding act");
            bills.insertOne(richDocument("tx-2025-hb-9"));
        });

        withServer(MongoWireServer.openBackend(file), bills ->
                assertThat(bills.find().map(document -> document.getString("_id")).into(new ArrayList<>()))
                        .containsExactlyInAnyOrder("ca-2025-hb-1", "ny-2025-s-5", "tx-2025-hb-9"));
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        try {
            BsonCollections.openAll(store);
        } finally {
            store.close();
        }
    }

    private static Document richDocument(String id) {
        return new Document("_id", id)
                .append("title", "Library funding act")
                .append("status", "introduced")
                .append("introduced", Date.from(Instant.parse("2025-01-06T00:00:00Z")))
                .append("amount", Decimal128.parse("1250000.50"))
                .append("ref", new ObjectId("65a1b2c3d4e5f60718293a4b"))
                .append("requestId", UUID.fromString("6d1c1a6e-2f44-4b1c-9a57-3c1f0d6f9b10").toString())
                .append("blob", new Binary(new byte[] { 1, 2, 3 }))
                .append("views", 12_000_000_000L)
                .append("score", 0.75)
                .append("tracked", true)
                .append("note", null)
                .append("office", new Document("tracked", true).append("issueAreas", List.of("funding", "broadband")))
                .append("actions", List.of(new Document("description", "Introduced").append("order", 1),
                        new Document("description", "Referred to committee").append("order", 2)))
                .append("pendingEvents", List.of(new Document("eventId", "e-1"), new Document("eventId", "e-2")));
    }

    /** Starts a MongoDB-wire server on the backend, hands the test a collection, then shuts it down (committing). */
    private static void withServer(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            use.accept(client.getDatabase("legislation").getCollection("bills"));
        } finally {
            server.shutdown();
        }
    }
}
