package org.chapterrelations.benchmarks.notification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.awaitility.core.ConditionTimeoutException;
import org.chapterrelations.benchmarks.LatencyStats;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * Issue 6's benchmark: subscribes staff by jurisdiction, publishes a burst of BillStatusChanged CloudEvents
 * as fast as the producer goes, waits until every expected inbox item is written, then reports the latency
 * from each event's {@code ce_time} to its inbox item's {@code createdAt} (p50, p99) and the time from the
 * first publish to the last inbox write.
 */
public final class NotificationBurstBenchmark {

    private static final String TOPIC = "legislation.bills.v1";
    private static final String TYPE = "legislation.BillStatusChanged.v1";

    private NotificationBurstBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BurstOptions options;
        try {
            options = BurstOptions.parse(List.of(args));
        }
        catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + BurstOptions.USAGE);
            System.exit(2);
            return;
        }
        try (MongoClient client = MongoClients.create(options.mongo())) {
            MongoDatabase db = client.getDatabase(new com.mongodb.ConnectionString(options.mongo()).getDatabase());
            BenchStaff.reset(db, options);
            long expected = expectedItems(options);
            System.out.printf("%d staff over %d jurisdictions; %d events; expecting %d inbox items%n",
                    options.staff(), options.jurisdictions(), options.events(), expected);
            MongoCollection<Document> inbox = db.getCollection("inbox");
            Instant start = Instant.now();
            long publishNanos = publish(options);
            System.out.printf("Published %d events in %.1f s%n", options.events(), publishNanos / 1e9);
            AtomicLong written = new AtomicLong();
            try {
                await("every inbox item written").atMost(Duration.ofSeconds(options.timeoutSec()))
                        .pollInterval(Duration.ofMillis(500)).until(() -> written.updateAndGet(ignored -> inbox
                                .countDocuments(Filters.regex("recipientId", "^" + BenchStaff.PREFIX))) >= expected);
            } catch (ConditionTimeoutException incomplete) {
                // Reported below as "written of expected".
            }
            report(inbox, start, expected, written.get());
        }
    }

    private static long expectedItems(BurstOptions options) {
        long total = 0;
        for (int event = 0; event < options.events(); event++) {
            int jurisdiction = event % options.jurisdictions();
            total += options.staff() / options.jurisdictions()
                    + (jurisdiction < options.staff() % options.jurisdictions() ? 1 : 0);
        }
        return total;
    }

    private static long publish(BurstOptions options) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < options.events(); i++) {
                String jurisdiction = Jurisdictions.CODES.get(i % options.jurisdictions());
                String billId = jurisdiction + "-bench-" + run + "-" + i;
                RecordHeaders headers = new RecordHeaders();
                headers.add("ce_id", UUID.randomUUID().toString().getBytes(UTF_8));
                headers.add("ce_source", "/notification-benchmark".getBytes(UTF_8));
                headers.add("ce_specversion", "1.0".getBytes(UTF_8));
                headers.add("ce_type", TYPE.getBytes(UTF_8));
                headers.add("ce_subject", billId.getBytes(UTF_8));
                headers.add("ce_time", Instant.now().toString().getBytes(UTF_8));
                headers.add("content-type", "application/json".getBytes(UTF_8));
                producer.send(new ProducerRecord<>(TOPIC, null, billId, body(billId, jurisdiction, i), headers));
            }
            producer.flush();
        }
        return System.nanoTime() - started;
    }

    private static byte[] body(String billId, String jurisdiction, int i) {
        return ("""
                {"billId":"%s","jurisdiction":"%s","session":"2026","identifier":"HB %d","title":"Bench bill %d",
                 "tracked":true,"previousStatus":"introduced","status":"in-committee",
                 "action":{"date":"2026-03-02","description":"Referred to committee","chamber":"lower",
                           "classifications":["referral-committee"]},
                 "position":"support","priority":"medium","issueAreas":["funding"]}""")
                .formatted(billId, jurisdiction, i, i).getBytes(UTF_8);
    }

    private static void report(MongoCollection<Document> inbox, Instant start, long expected, long written) {
        List<Long> latencies = new ArrayList<>();
        Instant last = start;
        for (Document item : inbox.find(Filters.regex("recipientId", "^" + BenchStaff.PREFIX))
                .projection(Projections.include("eventTime", "createdAt"))) {
            Instant eventTime = item.getDate("eventTime").toInstant();
            Instant createdAt = item.getDate("createdAt").toInstant();
            latencies.add((createdAt.toEpochMilli() - eventTime.toEpochMilli()) * 1_000_000L);
            last = createdAt.isAfter(last) ? createdAt : last;
        }
        long totalNanos = (last.toEpochMilli() - start.toEpochMilli()) * 1_000_000L;
        LatencyStats stats = LatencyStats.of(latencies.stream().mapToLong(Long::longValue).toArray(), totalNanos);
        System.out.printf(Locale.ROOT, "%n| inbox items | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | first publish to last"
                + " inbox write (s) | items/s |%n|---|---|---|---|---|---|---|%n| %d of %d | %.0f | %.0f | %.0f | %.0f | %.1f"
                + " | %.0f |%n", written, expected, stats.medianMs(), stats.p90Ms(), stats.p99Ms(), stats.maxMs(),
                totalNanos / 1e9, stats.perSecond());
        if (written < expected) {
            System.out.println("NOT fully delivered within the timeout");
            System.exit(1);
        }
    }
}
