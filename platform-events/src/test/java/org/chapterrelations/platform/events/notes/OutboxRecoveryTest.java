package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.platform.events.notes.TopicReader.header;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chapterrelations.platform.events.kafka.CloudEventSender;
import org.chapterrelations.platform.events.outbox.AggregateWriteLocks;
import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.events.outbox.OutboxRelay;
import org.chapterrelations.platform.events.outbox.OutboxStore;
import org.chapterrelations.platform.events.outbox.PendingEvent;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** What the relay does after a crash or while the broker is down: nothing pending is lost. */
@PlatformIntegrationTest
class OutboxRecoveryTest {

    private static final Duration NO_GRACE = Duration.ZERO;

    @Autowired
    MongoOperations mongo;

    @Autowired
    OutboxStore store;

    @Autowired
    CloudEventSender sender;

    @Autowired
    AggregateWriteLocks locks;

    final TopicReader topic = new TopicReader(Note.TOPIC);

    @AfterEach
    void closeReader() {
        topic.close();
    }

    @Test
    void eventSentButNotMarkedBeforeCrashIsResentAfterRestart() {
        String noteId = "note-" + UUID.randomUUID();
        Note note = mongo.save(Note.write(noteId, "kill before mark"));
        List<PendingEvent> events = note.pendingEvents();
        OutboxRelay dying = relay(new OutboxStore(mongo, locks) {
            @Override
            public void markSent(String collection, Object aggregateId, String eventId) {
                throw new IllegalStateException("process killed after the broker ack, before marking");
            }
        }, sender);

        assertThatThrownBy(() -> dying.publish(Note.COLLECTION, noteId, events).join())
                .hasRootCauseMessage("process killed after the broker ack, before marking");
        String eventId = header(topic.awaitRecords(noteId, 1).get(0), "ce_id");
        assertThat(pendingEventIds(noteId)).containsExactly(eventId);

        OutboxRelay restarted = relay(store, sender);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            restarted.sweep();
            return pendingEventIds(noteId).isEmpty();
        });

        List<ConsumerRecord<String, byte[]>> copies = topic.awaitRecords(noteId, 2);
        assertThat(copies).extracting(record -> header(record, "ce_id")).containsExactly(eventId, eventId);
        assertThat(header(copies.get(1), "ce_time")).as("a resend is the very same event")
                .isEqualTo(header(copies.get(0), "ce_time"));
        assertThat(copies.get(1).value()).isEqualTo(copies.get(0).value());
    }

    @Test
    void eventWrittenButNeverSentIsSentBySweep() {
        String noteId = "note-" + UUID.randomUUID();
        mongo.save(Note.write(noteId, "died right after the write"));

        OutboxRelay restarted = relay(store, sender);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            restarted.sweep();
            return pendingEventIds(noteId).isEmpty();
        });

        assertThat(topic.awaitRecords(noteId, 1)).extracting(record -> header(record, "ce_type"))
                .containsExactly(Note.WRITTEN);
    }

    @Test
    void brokerDownMeansEventsWaitAndGoOutLater() {
        String noteId = "note-" + UUID.randomUUID();
        Note note = Note.write(noteId, "written while Kafka is down");
        note.edit("edited while Kafka is down");
        DefaultKafkaProducerFactory<String, byte[]> unreachable = unreachableBroker();
        try {
            OutboxRelay cutOff = relay(store, new CloudEventSender(new KafkaTemplate<>(unreachable), "/notes-test"));

            new Outbox(mongo, cutOff, Runnable::run, locks).save(note);
            assertThat(cutOff.sweep()).isZero();
            assertThat(pendingEventIds(noteId)).hasSize(2);
        }
        finally {
            unreachable.destroy();
        }

        OutboxRelay background = new OutboxRelay(store, sender, Duration.ofMillis(100), NO_GRACE, 100,
                Clock.systemUTC());
        background.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingEventIds(noteId).isEmpty());
        }
        finally {
            background.stop();
        }
        assertThat(topic.awaitRecords(noteId, 2)).extracting(record -> header(record, "ce_type"))
                .containsExactly(Note.WRITTEN, Note.EDITED);
        assertThat(topic.recordsNow(noteId)).hasSize(2);
    }

    private List<String> pendingEventIds(String noteId) {
        return mongo.findById(noteId, Note.class).pendingEvents().stream().map(PendingEvent::eventId).toList();
    }

    /** A relay as a freshly started process has it: the sweep takes every pending event at once. */
    private OutboxRelay relay(OutboxStore outboxStore, CloudEventSender eventSender) {
        return new OutboxRelay(outboxStore, eventSender, Duration.ofHours(1), NO_GRACE, 100, Clock.systemUTC());
    }

    private static DefaultKafkaProducerFactory<String, byte[]> unreachableBroker() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 200);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300);
        return new DefaultKafkaProducerFactory<>(config);
    }
}
