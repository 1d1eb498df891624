package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.platform.events.notes.RecordWriter.bytes;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.chapterrelations.platform.events.kafka.CloudEventSender;
import org.chapterrelations.platform.events.metrics.PlatformEventsMetrics;
import org.chapterrelations.platform.events.outbox.OutboxRelay;
import org.chapterrelations.platform.events.outbox.OutboxStore;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/** What operators watch: the outbox backlog, what consumers applied or skipped, and dead letters. */
@PlatformIntegrationTest
class EventsMetricsTest {

    @Autowired
    MeterRegistry registry;

    @Autowired
    PlatformEventsMetrics metrics;

    @Autowired
    MongoOperations mongo;

    @Autowired
    OutboxStore store;

    @Autowired
    CloudEventSender sender;

    @Autowired
    NoteTally tally;

    final RecordWriter writer = new RecordWriter();

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void eventsWaitingInTheOutboxAreCountedUntilTheRelaySendsThem() {
        // Saved without Outbox.save: nothing publishes it, as when the broker is down.
        mongo.save(Note.write("note-" + UUID.randomUUID(), "waiting"));

        metrics.refresh();
        assertThat(gauge("platform.outbox.pending", "collection", Note.COLLECTION)).isGreaterThanOrEqualTo(1);
        assertThat(gauge("platform.outbox.oldest.age", "collection", Note.COLLECTION)).isGreaterThanOrEqualTo(0);

        OutboxRelay relay = new OutboxRelay(store, sender, Duration.ofSeconds(1), Duration.ZERO, 1000, Clock.systemUTC());
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            relay.sweep();
            metrics.refresh();
            return gauge("platform.outbox.pending", "collection", Note.COLLECTION) == 0;
        });
        assertThat(gauge("platform.outbox.oldest.age", "collection", Note.COLLECTION)).isZero();
        assertThat(relay.sentCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aConsumerCountsEventsAppliedAndDuplicatesSkippedAndTimesEachEffect() {
        String noteId = "note-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        double appliedBefore = consumed("applied");
        double duplicatesBefore = consumed("duplicate");
        long timedBefore = timedEffects();

        writer.noteEvent(eventId, noteId, "once");
        writer.noteEvent(eventId, noteId, "once");
        writer.noteEvent(UUID.randomUUID().toString(), noteId, "twice");
        await().atMost(Duration.ofSeconds(20)).until(() -> tally.applied(noteId) == 2);

        await().atMost(Duration.ofSeconds(5)).until(() -> consumed("applied") - appliedBefore == 2);
        assertThat(consumed("duplicate") - duplicatesBefore).isEqualTo(1);
        assertThat(timedEffects() - timedBefore).isEqualTo(2);
    }

    @Test
    void recordsSentToThisServicesDeadLetterTopicAreCounted() {
        writer.send("poison-" + UUID.randomUUID(), new RecordHeaders(), bytes("{\"not\":\"a CloudEvent\"}"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            metrics.refresh();
            return registry.find("platform.events.dead.letters").tag("topic", DeadLetterTest.DLQ).gauge() != null
                    && gauge("platform.events.dead.letters", "topic", DeadLetterTest.DLQ) >= 1;
        });
    }

    private double gauge(String name, String tag, String value) {
        Gauge gauge = registry.get(name).tag(tag, value).gauge();
        return gauge.value();
    }

    /** Over every event type this consumer has seen. */
    private double consumed(String outcome) {
        return registry.find("platform.events.consumed").tag("consumer", NoteEventsConfiguration.CONSUMER)
                .tag("outcome", outcome).counters().stream().mapToDouble(Counter::count).sum();
    }

    private long timedEffects() {
        Timer timer = registry.find("platform.events.latency").tag("consumer", NoteEventsConfiguration.CONSUMER).timer();
        return timer == null ? 0 : timer.count();
    }
}
