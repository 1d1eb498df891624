package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.chapterrelations.platform.events.consumer.ProcessedEventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.util.ClassUtils;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

@PlatformIntegrationTest
class IdempotentConsumerTest {

    @Autowired
    NoteTally tally;

    @Autowired
    BinderFactory binders;

    @Value("${spring.mongodb.uri}")
    String mongoUri;

    final RecordWriter writer = new RecordWriter();

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void consumerIsBoundToTheRealKafkaBroker() {
        assertThat(ClassUtils.isPresent("org.springframework.cloud.stream.binder.test.InputDestination", null))
                .as("spring-cloud-stream-test-binder must not replace the Kafka binder").isFalse();
        assertThat(binders.getBinder(null, MessageChannel.class)).isInstanceOf(KafkaMessageChannelBinder.class);
    }

    @Test
    void duplicateDeliveryChangesNothing() {
        String noteId = "note-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String laterEventId = UUID.randomUUID().toString();

        writer.noteEvent(eventId, noteId, "once");
        writer.noteEvent(eventId, noteId, "once");
        // Same key, same partition: once this one is applied, both copies before it have been handled.
        writer.noteEvent(laterEventId, noteId, "twice");

        await().atMost(Duration.ofSeconds(20)).until(() -> tally.applied(noteId) >= 2);
        assertThat(tally.applied(noteId)).isEqualTo(2);

        try (MongoClient restartedClient = MongoClients.create(mongoUri)) {
            MongoTemplate restartedStore = new MongoTemplate(restartedClient,
                    mongoUri.substring(mongoUri.lastIndexOf('/') + 1));
            ProcessedEventLog afterRestart = new ProcessedEventLog(restartedStore);
            String neverSent = UUID.randomUUID().toString();
            assertThat(afterRestart.appliedAmong(NoteEventsConfiguration.CONSUMER, List.of(eventId, laterEventId, neverSent)))
                    .containsExactlyInAnyOrder(eventId, laterEventId);
        }
    }
}
