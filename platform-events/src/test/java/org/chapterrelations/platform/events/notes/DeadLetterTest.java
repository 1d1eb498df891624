package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.platform.events.notes.RecordWriter.bytes;
import static org.chapterrelations.platform.events.notes.TopicReader.header;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformIntegrationTest
class DeadLetterTest {

    static final String DLQ = "test.notes.v1.notes-test.dlq";

    @Autowired
    NoteTally tally;

    final RecordWriter writer = new RecordWriter();

    final TopicReader deadLetters = new TopicReader(DLQ);

    @AfterEach
    void close() {
        writer.close();
        deadLetters.close();
    }

    @Test
    void malformedRecordGoesToDlqAndNextGoodRecordIsProcessed() {
        String notACloudEvent = "note-" + UUID.randomUUID();
        String withoutId = "note-" + UUID.randomUUID();
        String notJson = "note-" + UUID.randomUUID();
        String good = "note-" + UUID.randomUUID();

        writer.send(notACloudEvent, new RecordHeaders(), bytes("{\"noteId\":\"" + notACloudEvent + "\"}"));
        RecordHeaders idRemoved = cloudEventHeaders(withoutId);
        idRemoved.remove("ce_id");
        writer.send(withoutId, idRemoved, bytes("{\"noteId\":\"" + withoutId + "\"}"));
        writer.send(notJson, cloudEventHeaders(notJson), bytes("<note>not JSON</note>"));
        writer.noteEvent(UUID.randomUUID().toString(), good, "fine");

        await().atMost(Duration.ofSeconds(20)).until(() -> tally.applied(good) == 1);
        assertDeadLetter(deadLetters.awaitRecords(notACloudEvent, 1).get(0), "not a CloudEvent");
        assertDeadLetter(deadLetters.awaitRecords(withoutId, 1).get(0), "'id' cannot be null");
        assertDeadLetter(deadLetters.awaitRecords(notJson, 1).get(0), "not a NoteChanged");
        assertThat(tally.applied(notACloudEvent)).isZero();
        assertThat(tally.applied(withoutId)).isZero();
        assertThat(tally.applied(notJson)).isZero();
    }

    private static void assertDeadLetter(ConsumerRecord<String, byte[]> deadLetter, String reason) {
        assertThat(header(deadLetter, "x-original-topic")).isEqualTo(Note.TOPIC);
        assertThat(header(deadLetter, "x-exception-message")).contains(reason);
    }

    /** The headers of a well-formed note event, for records whose body or envelope is then broken. */
    static RecordHeaders cloudEventHeaders(String noteId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(UUID.randomUUID().toString()));
        headers.add("ce_source", bytes("/broken-service"));
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_type", bytes(Note.EDITED));
        headers.add("ce_subject", bytes(noteId));
        return headers;
    }
}
