package org.chapterrelations.directory.office;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.directory.UniqueCodes;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Chapters, people and officers as a client calls them, and the officer events as a consumer sees them. */
final class OfficeApi {

    static final String TOPIC = "directory.chapters.v1";
    static final String APPOINTED = "directory.OfficerAppointed.v1";
    static final String TERM_ENDED = "directory.OfficerTermEnded.v1";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    final TestIdentityProvider identity = TestIdentityProvider.get();
    final String staff = identity.staffToken();
    private final TestHttp http;

    OfficeApi(int port) {
        this.http = new TestHttp(port);
    }

    /** A chapter code no other test uses: the store and the topic are shared by the whole test JVM. */
    String registerChapter() {
        String code = UniqueCodes.withPrefix("Q");
        HttpResponse<String> response = http.post("/api/directory/chapters", staff, """
                {"code":"%s","name":"%s Library Association","kind":"state","state":"OR"}""".formatted(code, code));
        expect(response, 201);
        return code;
    }

    String createPerson(String given, String family, String email) {
        HttpResponse<String> response = http.post("/api/directory/people", staff, """
                {"givenName":"%s","familyName":"%s","email":"%s","phone":"503-555-0101"}"""
                .formatted(given, family, email));
        return json(expect(response, 201)).path("id").asString();
    }

    HttpResponse<String> appoint(String code, String token, String personId, String role, LocalDate start,
            LocalDate end) {
        return http.post("/api/directory/chapters/" + code + "/officers", token, """
                {"personId":"%s","role":"%s","start":"%s"%s}""".formatted(personId, role, start,
                end == null ? "" : ",\"end\":\"" + end + "\""));
    }

    /** Appoints as staff and returns the new term's id. */
    String appointed(String code, String personId, String role, LocalDate start, LocalDate end) {
        return json(expect(appoint(code, staff, personId, role, start, end), 201)).path("termId").asString();
    }

    HttpResponse<String> endTerm(String code, String termId, String token, LocalDate end) {
        return http.post("/api/directory/chapters/" + code + "/officers/" + termId + "/end", token,
                "{\"end\":\"" + end + "\"}");
    }

    HttpResponse<String> succession(String code, String token, LocalDate effective) {
        return http.post("/api/directory/chapters/" + code + "/successions", token,
                "{\"effectiveDate\":\"" + effective + "\"}");
    }

    HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    /** The officers list's {@code content}, read as JSON. */
    JsonNode officers(String path, String token) {
        return json(expect(http.get(path, token), 200)).path("content");
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

    /**
     * Delivery is at-least-once: the relay's sweep may resend an event the writer already sent. Like the
     * platform's consumers, the tests count each {@code ce_id} once per consumer.
     */
    private static final Map<KafkaConsumer<String, byte[]>, Set<String>> SEEN_EVENT_IDS =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** Every officer event about {@code chapter} that arrives within {@code window}, each checked by its schema. */
    static List<Event> eventsWithin(KafkaConsumer<String, byte[]> consumer, String chapter, Duration window) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = SEEN_EVENT_IDS.computeIfAbsent(consumer, ignored -> new HashSet<>());
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                String type = TestKafka.header(record, "ce_type");
                if (chapter.equals(record.key()) && (APPOINTED.equals(type) || TERM_ENDED.equals(type))
                        && seen.add(TestKafka.header(record, "ce_id"))) {
                    String body = new String(record.value(), UTF_8);
                    EventSchemas.assertValid(type, body);
                    events.add(new Event(type, JsonMapper.shared().readTree(body)));
                }
            }
        }
        return events;
    }

    /** Polls until {@code count} officer events about {@code chapter} have arrived (20 s at most). */
    static List<Event> awaitEvents(KafkaConsumer<String, byte[]> consumer, String chapter, int count) {
        List<Event> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (events.size() < count && System.nanoTime() < deadline) {
            events.addAll(eventsWithin(consumer, chapter, Duration.ofMillis(300)));
        }
        if (events.size() < count) {
            throw new AssertionError("Expected " + count + " officer events for " + chapter + ", got " + events);
        }
        return events;
    }

    record Event(String type, JsonNode data) {

        String termId() {
            return data.path("termId").asString();
        }

        @Override
        public String toString() {
            return type + " " + data;
        }
    }
}
