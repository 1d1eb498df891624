package org.chapterrelations.directory.exchange.importing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.directory.UniqueCodes;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import endpoints as a client calls them, and the directory's events as a consumer sees them. */
final class ImportApi {

    static final String TOPIC = "directory.chapters.v1";
    static final String REGISTERED = "directory.ChapterRegistered.v1";
    static final String UPDATED = "directory.ChapterUpdated.v1";
    static final String APPOINTED = "directory.OfficerAppointed.v1";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    final TestIdentityProvider identity = TestIdentityProvider.get();
    final String staff = identity.staffToken();
    private final TestHttp http;

    ImportApi(int port) {
        this.http = new TestHttp(port);
    }

    /** A chapter code no other test uses: the store and the topic are shared by the whole test JVM. */
    static String uniqueCode() {
        return UniqueCodes.withPrefix("I");
    }

    HttpResponse<String> importCsv(String kind, String token, String csv) {
        return send(kind, token, "text/csv", csv.getBytes(UTF_8));
    }

    HttpResponse<String> send(String kind, String token, String contentType, byte[] body) {
        return http.send(http.request("/api/directory/imports/" + kind, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    HttpResponse<String> post(String path, String json) {
        return http.post(path, staff, json);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    /** The next event about {@code key} of type {@code ceType}, checked against its schema. */
    static JsonNode awaitEvent(KafkaConsumer<String, byte[]> consumer, String key, String ceType) {
        String body = new String(TestKafka.awaitRecord(consumer, key, ceType, Duration.ofSeconds(20)).value(), UTF_8);
        EventSchemas.assertValid(ceType, body);
        return JsonMapper.shared().readTree(body);
    }

    /** Polls until an event of type {@code ceType} about each of {@code keys} has arrived, each schema-checked. */
    static Map<String, JsonNode> awaitEach(KafkaConsumer<String, byte[]> consumer, List<String> keys,
            String ceType) {
        Map<String, JsonNode> events = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (events.size() < keys.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (keys.contains(record.key()) && ceType.equals(TestKafka.header(record, "ce_type"))) {
                    String body = new String(record.value(), UTF_8);
                    EventSchemas.assertValid(ceType, body);
                    events.put(record.key(), JsonMapper.shared().readTree(body));
                }
            }
        }
        if (events.size() < keys.size()) {
            throw new AssertionError("Expected " + ceType + " for each of " + keys + ", got " + events.keySet());
        }
        return events;
    }

    /** The types of every event about one of {@code keys} that arrives within {@code window}. */
    static List<String> eventTypesWithin(KafkaConsumer<String, byte[]> consumer, List<String> keys,
            Duration window) {
        List<String> types = new ArrayList<>();
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (keys.contains(record.key())) {
                    types.add(record.key() + " " + TestKafka.header(record, "ce_type"));
                }
            }
        }
        return types;
    }
}
