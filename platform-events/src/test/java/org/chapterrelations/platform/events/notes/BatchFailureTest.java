package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.platform.events.notes.RecordWriter.bytes;
import static org.chapterrelations.platform.events.notes.TopicReader.header;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chapterrelations.platform.events.consumer.ProcessedEventLog;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;

/**
 * One poll holding a record that fails between two good ones: the binding is paused while the three are
 * written under one key (one partition), so they arrive together.
 */
@PlatformIntegrationTest
class BatchFailureTest {

    private static final String BINDING = "noteEvents-in-0";

    @Autowired
    NoteTally tally;

    @Autowired
    ProcessedEventLog processedEvents;

    @Autowired
    BindingsLifecycleController bindings;

    final RecordWriter writer = new RecordWriter();

    final TopicReader deadLetters = new TopicReader(DeadLetterTest.DLQ);

    @AfterEach
    void close() {
        bindings.changeState(BINDING, State.RESUMED);
        writer.close();
        deadLetters.close();
    }

    @Test
    void aRecordThatFailsForAWhileIsRetriedAndEveryEventOfThePollIsAppliedOnce() {
        String key = "poll-" + UUID.randomUUID();
        String before = "note-" + UUID.randomUUID();
        String flaky = "note-" + UUID.randomUUID();
        String after = "note-" + UUID.randomUUID();
        List<String> eventIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        // max-attempts is 3 in this service: two failures, then it goes through.
        tally.failNext(flaky, 2);

        inOnePoll(() -> {
            writer.noteEvent(key, eventIds.get(0), before, "first");
            writer.noteEvent(key, eventIds.get(1), flaky, "second");
            writer.noteEvent(key, eventIds.get(2), after, "third");
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> tally.applied(after) == 1);
        assertThat(List.of(tally.applied(before), tally.applied(flaky), tally.applied(after)))
                .as("each note of the poll applied once, the one retried included").containsExactly(1, 1, 1);
        assertThat(processedEvents.appliedAmong(NoteEventsConfiguration.CONSUMER, eventIds))
                .containsExactlyInAnyOrderElementsOf(eventIds);
        assertThat(deadLetters.recordsNow(key)).as("nothing dead-lettered").isEmpty();
    }

    @Test
    void aPoisonRecordInThePollGoesAloneToTheDeadLetterTopicAndTheOthersApplyOnce() {
        String key = "poll-" + UUID.randomUUID();
        String before = "note-" + UUID.randomUUID();
        String poison = "note-" + UUID.randomUUID();
        String after = "note-" + UUID.randomUUID();

        inOnePoll(() -> {
            writer.noteEvent(key, UUID.randomUUID().toString(), before, "first");
            writer.send(key, DeadLetterTest.cloudEventHeaders(poison), bytes("<note>not JSON</note>"));
            writer.noteEvent(key, UUID.randomUUID().toString(), after, "third");
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> tally.applied(after) == 1);
        assertThat(tally.applied(before)).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitRecords(key, 1);
        assertThat(dead).singleElement().satisfies(record -> {
            assertThat(header(record, "ce_subject")).isEqualTo(poison);
            assertThat(header(record, "x-original-topic")).isEqualTo(Note.TOPIC);
            assertThat(header(record, "x-exception-message")).contains("not a NoteChanged");
        });
        assertThat(tally.applied(poison)).isZero();
    }

    private void inOnePoll(Runnable writes) {
        bindings.changeState(BINDING, State.PAUSED);
        writes.run();
        bindings.changeState(BINDING, State.RESUMED);
    }
}
