package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.platform.events.notes.TopicReader.header;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chapterrelations.platform.events.kafka.CloudEventSender;
import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.events.outbox.OutboxRelay;
import org.chapterrelations.platform.events.outbox.OutboxStore;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/** An event belongs to the trace of the action that raised it, however and whenever the outbox sends it. */
@PlatformIntegrationTest(properties = "management.tracing.sampling.probability=1.0")
class EventTracingTest {

    @Autowired
    Tracer tracer;

    @Autowired
    Outbox outbox;

    @Autowired
    MongoOperations mongo;

    @Autowired
    OutboxStore store;

    @Autowired
    CloudEventSender sender;

    @Autowired
    NoteTally tally;

    final TopicReader topic = new TopicReader(Note.TOPIC);

    @AfterEach
    void closeReader() {
        topic.close();
    }

    @Test
    void eventSentInTheBackgroundCarriesTheTraceOfTheActionThatRaisedIt() {
        String noteId = "note-" + UUID.randomUUID();

        String traceId = inNewTrace(() -> outbox.save(Note.write(noteId, "traced")));

        ConsumerRecord<String, byte[]> record = topic.awaitRecords(noteId, 1).get(0);
        assertThat(traceIdOf(header(record, "traceparent"))).isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tally.traceId(noteId))
                .as("the consumer handles the event in the same trace").isEqualTo(traceId));
    }

    @Test
    void eventLeftPendingBeforeACrashIsResentInItsOriginalTrace() {
        String noteId = "note-" + UUID.randomUUID();
        // Written, then the process dies before sending: only the sweep of a later process sends it.
        String traceId = inNewTrace(() -> mongo.save(Note.write(noteId, "sent after restart")));

        OutboxRelay restarted = new OutboxRelay(store, sender, Duration.ofHours(1), Duration.ZERO, 100,
                Clock.systemUTC());
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            restarted.sweep();
            return mongo.findById(noteId, Note.class).pendingEvents().isEmpty();
        });

        ConsumerRecord<String, byte[]> record = topic.awaitRecords(noteId, 1).get(0);
        assertThat(traceIdOf(header(record, "traceparent"))).isEqualTo(traceId);
    }

    @Test
    void eventRaisedOutsideAnyTraceStartsItsOwn() {
        String noteId = "note-" + UUID.randomUUID();

        outbox.save(Note.write(noteId, "no trace"));

        String traceparent = header(topic.awaitRecords(noteId, 1).get(0), "traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    /** Runs the action in a new root span, as a request does; returns that span's trace id. */
    private String inNewTrace(Supplier<?> action) {
        Span span = tracer.nextSpan().name("user action").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            action.get();
            return span.context().traceId();
        }
        finally {
            span.end();
        }
    }

    /** {@code 00-<trace id>-<parent span id>-<flags>}. */
    private static String traceIdOf(String traceparent) {
        assertThat(traceparent).as("traceparent header").isNotNull();
        return traceparent.split("-")[1];
    }
}
