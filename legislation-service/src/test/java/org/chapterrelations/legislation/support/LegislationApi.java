package org.chapterrelations.legislation.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestKafka;

/** The legislation endpoints as a client calls them, and the events as a consumer sees them. */
public final class LegislationApi {

    public static final String BILLS_TOPIC = "legislation.bills.v1";
    public static final String CAMPAIGNS_TOPIC = "legislation.campaigns.v1";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 50_000));

    private final TestHttp http;

    public LegislationApi(int port) {
        this.http = new TestHttp(port);
    }

    /** A bill number no other test uses: store and topic are shared by the whole test JVM. */
    public static int uniqueNumber() {
        return 100_000 + NEXT.incrementAndGet();
    }

    public TestHttp http() {
        return http;
    }

    public HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return http.post(path, token, json);
    }

    public HttpResponse<String> send(String method, String path, String token, String ifMatch, String contentType,
            String body) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }

    public HttpResponse<String> patchPosition(String billId, String token, String ifMatch, String json) {
        return send("PATCH", "/api/legislation/bills/" + billId + "/position", token, ifMatch, "application/json",
                json);
    }

    /** A California bill as the upsert API takes it, with the given actions (JSON array elements). */
    public static String bill(String identifier, String title, String... actions) {
        return """
                {"jurisdiction":"ca","session":{"identifier":"2025-2026","name":"2025-2026 Regular Session"},
                 "identifier":"%s","title":"%s","classification":["bill"],"subjects":["Libraries"],
                 "abstracts":[{"abstract":"An act relating to public libraries.","note":"summary"}],
                 "sponsorships":[{"name":"Rivera","primary":true,"classification":"author","party":"Democratic",
                                  "chamber":"lower"}],
                 "actions":[%s],
                 "versions":[{"note":"Introduced","date":"2025-02-03","links":[{"url":"https://leginfo.example/ab.pdf",
                              "mediaType":"application/pdf"}]}],
                 "sources":[{"url":"https://leginfo.legislature.ca.gov/"}]}"""
                .formatted(identifier, title, String.join(",", actions));
    }

    public static String action(String date, String chamber, String classification) {
        return """
                {"date":"%s","description":"%s","chamber":"%s","classifications":["%s"]}"""
                .formatted(date, classification + " in " + chamber, chamber, classification);
    }

    public static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** The ce_ids each consumer has returned, so that a resent event is never counted twice across calls. */
    private static final Map<KafkaConsumer<String, byte[]>, Set<String>> SEEN = Collections
            .synchronizedMap(new WeakHashMap<>());

    /** One record of the topic: its ce_type and JSON value. */
    public record Event(String type, String json) {
    }

    /**
     * The events about {@code key}, each ce_id once (delivery is at-least-once), up to and including the first of
     * type {@code until}; each is checked against its schema.
     */
    public static List<Event> eventsUntil(KafkaConsumer<String, byte[]> consumer, String key, String until) {
        List<Event> events = new ArrayList<>();
        Set<String> ids = SEEN.computeIfAbsent(consumer, ignored -> new HashSet<>());
        while (true) {
            ConsumerRecord<String, byte[]> record = TestKafka.awaitRecord(consumer, key, Duration.ofSeconds(20));
            String type = TestKafka.header(record, "ce_type");
            if (!ids.add(TestKafka.header(record, "ce_id"))) {
                continue;
            }
            String json = new String(record.value(), UTF_8);
            EventSchemas.assertValid(type, json);
            events.add(new Event(type, json));
            if (type.equals(until)) {
                return events;
            }
        }
    }
}
