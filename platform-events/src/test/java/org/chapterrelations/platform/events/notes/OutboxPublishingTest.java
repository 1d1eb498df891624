package org.chapterrelations.platform.events.notes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.platform.events.notes.TopicReader.header;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chapterrelations.platform.events.EventJson;
import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.events.outbox.PendingEvent;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.KafkaMessageFactory;

@PlatformIntegrationTest
class OutboxPublishingTest {

    @Autowired
    Outbox outbox;

    @Autowired
    MongoOperations mongo;

    final TopicReader topic = new TopicReader(Note.TOPIC);

    @AfterEach
    void closeReader() {
        topic.close();
    }

    @Test
    void savingAnAggregatePublishesItsEventWithCloudEventHeadersAndAggregateKey() {
        String noteId = "note-" + UUID.randomUUID();

        outbox.save(Note.write(noteId, "Call the CA chapter"));

        ConsumerRecord<String, byte[]> record = topic.awaitRecords(noteId, 1).get(0);
        assertThat(record.key()).isEqualTo(noteId);
        assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
        assertThat(header(record, "ce_source")).isEqualTo("/notes-test");
        assertThat(header(record, "ce_type")).isEqualTo(Note.WRITTEN);
        assertThat(header(record, "ce_subject")).isEqualTo(noteId);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        Instant time = DateTimeFormatter.ISO_INSTANT.parse(header(record, "ce_time"), Instant::from);
        assertThat(time).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(EventJson.mapper().readValue(record.value(), NoteChanged.class))
                .isEqualTo(new NoteChanged(noteId, "Call the CA chapter"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(mongo.findById(noteId, Note.class).pendingEvents()).isEmpty());
    }

    @Test
    void publishedRecordIsAValidCloudEventToTheSdkWithEveryAttribute() {
        String noteId = "note-" + UUID.randomUUID();
        Note note = Note.write(noteId, "Call the CA chapter");
        PendingEvent raised = note.pendingEvents().get(0);

        outbox.save(note);

        CloudEvent event = KafkaMessageFactory.createReader(topic.awaitRecords(noteId, 1).get(0)).toEvent();
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).isEqualTo(raised.eventId());
        assertThat(event.getSource()).isEqualTo(URI.create("/notes-test"));
        assertThat(event.getType()).isEqualTo(Note.WRITTEN);
        assertThat(event.getSubject()).isEqualTo(noteId);
        assertThat(event.getTime().toInstant()).isEqualTo(raised.time());
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getData().toBytes()).asString(UTF_8).isEqualTo(raised.data());
    }

    @Test
    void eventsOfOneAggregateKeepTheirOrder() {
        String noteId = "note-" + UUID.randomUUID();
        Note note = Note.write(noteId, "first draft");
        note.edit("second draft");

        outbox.save(note);

        List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(noteId, 2);
        assertThat(records).extracting(record -> header(record, "ce_type")).containsExactly(Note.WRITTEN, Note.EDITED);
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        assertThat(records.get(0).offset()).isLessThan(records.get(1).offset());
        assertThat(records).extracting(record -> EventJson.mapper().readValue(record.value(), NoteChanged.class).text())
                .containsExactly("first draft", "second draft");
    }
}
