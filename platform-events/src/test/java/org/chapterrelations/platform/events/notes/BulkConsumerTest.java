package org.chapterrelations.platform.events.notes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.chapterrelations.platform.events.consumer.IdempotentConsumers;
import org.chapterrelations.platform.events.consumer.ProcessedEventLog;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** A bulk handler gets a poll's new events in one call, and only the record at fault is failed. */
@PlatformIntegrationTest
class BulkConsumerTest {

    @Autowired
    IdempotentConsumers consumers;

    @Autowired
    ProcessedEventLog processedEvents;

    @Test
    void aPollsNewEventsReachTheHandlerInOneCallAndAreRecordedAsApplied() {
        String consumer = "bulk-" + UUID.randomUUID();
        List<List<String>> calls = new ArrayList<>();
        Consumer<Message<List<byte[]>>> bulk = consumers.ofBulk(consumer, events -> calls.add(ids(events)));
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());

        bulk.accept(poll(ids.get(0), ids.get(1), ids.get(0)));
        bulk.accept(poll(ids.get(1)));

        assertThat(calls).as("one call with the new events, the copy in the poll and the redelivery skipped")
                .containsExactly(ids);
        assertThat(processedEvents.appliedAmong(consumer, ids)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void whenTheBulkCallFailsTheEventsAreAppliedOneByOneAndOnlyTheOneAtFaultFails() {
        String consumer = "bulk-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        List<List<String>> calls = new ArrayList<>();
        Consumer<Message<List<byte[]>>> bulk = consumers.ofBulk(consumer, events -> {
            calls.add(ids(events));
            if (ids(events).contains(broken)) {
                throw new IllegalStateException("cannot apply " + broken);
            }
        });

        assertThatThrownBy(() -> bulk.accept(poll(first, broken, third)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        failed -> assertThat(failed.getIndex()).as("the record at fault").isEqualTo(1));

        assertThat(calls).containsExactly(List.of(first, broken, third), List.of(first), List.of(broken));
        assertThat(processedEvents.appliedAmong(consumer, List.of(first, broken, third)))
                .as("what was applied before the record at fault is kept").containsExactly(first);
    }

    private static List<String> ids(List<ReceivedEvent> events) {
        return events.stream().map(ReceivedEvent::id).toList();
    }

    /** A poll as the binder hands it over in batch mode: the payloads, and each record's headers. */
    private static Message<List<byte[]>> poll(String... eventIds) {
        List<byte[]> payloads = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (String eventId : eventIds) {
            String noteId = "note-" + eventId;
            payloads.add(("{\"noteId\":\"" + noteId + "\",\"text\":\"bulk\"}").getBytes(UTF_8));
            headers.add(Map.of("ce_id", eventId.getBytes(UTF_8), "ce_source", "/bulk-test".getBytes(UTF_8),
                    "ce_specversion", "1.0".getBytes(UTF_8), "ce_type", Note.EDITED.getBytes(UTF_8),
                    "ce_subject", noteId.getBytes(UTF_8)));
        }
        return MessageBuilder.withPayload(payloads).setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers).build();
    }
}
