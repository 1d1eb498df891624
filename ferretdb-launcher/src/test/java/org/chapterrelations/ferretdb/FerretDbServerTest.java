package org.chapterrelations.ferretdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/** The real FerretDB binary on its SQLite backend, driven by the MongoDB Java driver. */
class FerretDbServerTest {

    @TempDir
    Path data;

    @Test
    void noAcknowledgedWriteIsLostWhenTheStoreIsKilledMidStream() throws Exception {
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        try (FerretDbServer server = FerretDbServer.startSqlite(FerretDbBinary.locate(System.out::println), data)) {
            CountDownLatch someWritten = new CountDownLatch(200);
            Thread writer = new Thread(() -> {
                try (MongoClient client = MongoClients.create(server.uri("durability") + "?serverSelectionTimeoutMS=2000")) {
                    MongoCollection<Document> writes = client.getDatabase("durability").getCollection("writes");
                    for (int i = 0; ; i++) {
                        writes.insertOne(new Document("_id", i).append("payload", "x".repeat(200)));
                        acknowledged.add(i);
                        someWritten.countDown();
                    }
                } catch (MongoException storeGone) {
                    // expected: the server was killed under the writer
                }
            });
            writer.start();
            assertThat(someWritten.await(60, TimeUnit.SECONDS)).isTrue();
            server.kill();
            writer.join(TimeUnit.SECONDS.toMillis(30));

            server.start();
            try (MongoClient client = MongoClients.create(server.uri("durability"))) {
                Set<Integer> stored = new HashSet<>();
                client.getDatabase("durability").getCollection("writes").find()
                        .forEach(document -> stored.add(document.getInteger("_id")));
                assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(200);
                assertThat(stored).containsAll(acknowledged);
            }
        }
    }

    /** Stock 1.24.2 scans the whole table for {@code {_id: ...}}: its index expression differs from its query's. */
    @Test
    void aLookupByIdUsesTheIdIndex() {
        try (FerretDbServer server = FerretDbServer.startSqlite(FerretDbBinary.locate(System.out::println), data);
             MongoClient client = MongoClients.create(server.uri("lookups"))) {
            var database = client.getDatabase("lookups");
            for (int i = 0; i < 50; i++) {
                database.getCollection("people").insertOne(new Document("_id", "person-" + i));
            }
            Document plan = database.runCommand(new Document("explain",
                    new Document("find", "people").append("filter", new Document("_id", "person-42"))));
            assertThat(plan.get("queryPlanner", Document.class).getList("Plan", String.class))
                    .anySatisfy(step -> assertThat(step).contains("USING INDEX"))
                    .noneSatisfy(step -> assertThat(step).contains("SCAN"));
        }
    }

    /** Our build's pushdown: the rows it reads by index are filtered again, so answers stay MongoDB's. */
    @Test
    void idListsPrefixesAndIdBesideOtherConditionsUseTheIdIndexAndAnswerExactly() {
        try (FerretDbServer server = FerretDbServer.startSqlite(FerretDbBinary.locate(System.out::println), data);
             MongoClient client = MongoClients.create(server.uri("pushdown"))) {
            var database = client.getDatabase("pushdown");
            MongoCollection<Document> tokens = database.getCollection("tokens");
            // ids that sort around the prefix "smi" in raw and in JSON-escaped form
            for (String id : List.of("smi", "smi p1", "smi!p2", "smi\"p3", "smi\\p4", "smith p5", "smiz",
                    "smj p6", "sm p7", "Smith p8", "smi<p9", "smi\u00e9 p10", "other")) {
                tokens.insertOne(new Document("_id", id).append("kind", id.endsWith("p5") ? "b" : "a"));
            }
            Map<Document, Set<String>> expected = Map.of(
                    new Document("_id", new Document("$regex", "^smi")),
                    Set.of("smi", "smi p1", "smi!p2", "smi\"p3", "smi\\p4", "smith p5", "smiz", "smi<p9", "smi\u00e9 p10"),
                    new Document("_id", new Document("$in", List.of("smj p6", "other", "absent"))),
                    Set.of("smj p6", "other"),
                    new Document("_id", "smith p5").append("kind", "a"),
                    Set.of(),
                    new Document("_id", new Document("$regex", "^smi")).append("kind", "b"),
                    Set.of("smith p5"));
            expected.forEach((filter, ids) -> {
                Set<String> found = new HashSet<>();
                tokens.find(filter).forEach(document -> found.add(document.getString("_id")));
                assertThat(found).as("%s", filter.toJson()).isEqualTo(ids);
                Document plan = database.runCommand(new Document("explain",
                        new Document("find", "tokens").append("filter", filter)));
                assertThat(plan.get("queryPlanner", Document.class).getList("Plan", String.class)).as("%s", filter.toJson())
                        .anySatisfy(step -> assertThat(step).contains("USING INDEX"))
                        .noneSatisfy(step -> assertThat(step).contains("SCAN"));
            });
        }
    }

    @Test
    void regularExpressionsAnswerExactlyWhenTheyAreReusedAndWhenTheirCompiledFormsOverflowTheCache() {
        try (FerretDbServer server = FerretDbServer.startSqlite(FerretDbBinary.locate(System.out::println), data);
             MongoClient client = MongoClients.create(server.uri("regex"))) {
            MongoCollection<Document> names = client.getDatabase("regex").getCollection("names");
            for (int i = 0; i < 20; i++) {
                names.insertOne(new Document("_id", i).append("name", "Name" + i));
            }
            // 1,200 distinct expressions, more than the build keeps compiled, each asked twice
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 1_200; i++) {
                    Document filter = new Document("name", new Document("$regex", "^name(" + i % 20 + "|x" + i + ")$")
                            .append("$options", "i"));
                    assertThat(names.countDocuments(filter)).as("%s", filter.toJson()).isEqualTo(1);
                }
            }
            assertThat(names.countDocuments(new Document("name", new Document("$regex", "^Name1")))).isEqualTo(11);
            assertThat(names.countDocuments(new Document("name", new Document("$regex", "^name1")))).isZero();
            assertThatThrownBy(() -> names.countDocuments(new Document("name", new Document("$regex", "(unclosed"))))
                    .isInstanceOf(MongoException.class).hasMessageContaining("missing )");
        }
    }

    @Test
    void documentsSurviveAnOrderlyRestart() {
        try (FerretDbServer server = FerretDbServer.startSqlite(FerretDbBinary.locate(System.out::println), data)) {
            try (MongoClient client = MongoClients.create(server.uri("restart"))) {
                client.getDatabase("restart").getCollection("chapters").insertOne(new Document("_id", "CA").append("name", "California"));
            }
            server.close();
            server.start();
            try (MongoClient client = MongoClients.create(server.uri("restart"))) {
                assertThat(client.getDatabase("restart").getCollection("chapters").find(new Document("_id", "CA")).first())
                        .containsEntry("name", "California");
            }
        }
    }
}
