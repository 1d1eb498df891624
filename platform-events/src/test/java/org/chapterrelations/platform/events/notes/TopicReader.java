package org.chapterrelations.platform.events.notes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.chapterrelations.platform.test.EmbeddedInfrastructure;

/**
 * Reads a topic from the beginning with a plain Kafka consumer, outside Spring: what is found here
 * really is on the broker.
 */
final class TopicReader implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private boolean assigned;

    TopicReader(String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Waits until at least {@code count} records with this key are on the topic; returns them in offset order. */
    List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            poll();
            return withKey(key).size() >= count;
        });
        return withKey(key);
    }

    /** Reads what has arrived so far (after {@link #awaitRecords}, to catch extra copies). */
    List<ConsumerRecord<String, byte[]>> recordsNow(String key) {
        poll();
        return withKey(key);
    }

    private List<ConsumerRecord<String, byte[]>> withKey(String key) {
        Predicate<ConsumerRecord<String, byte[]>> sameKey = record -> key.equals(record.key());
        return seen.stream().filter(sameKey).toList();
    }

    private void poll() {
        if (!assigned) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions == null || partitions.isEmpty()) {
                return; // not created yet (a DLQ appears with its first dead letter)
            }
            List<TopicPartition> all = partitions.stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            assigned = true;
        }
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
