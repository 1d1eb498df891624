package org.chapterrelations.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/** Plain Kafka clients on the embedded broker: what another service would send, and what lands on a topic. */
public final class TestKafka {

    private TestKafka() {
    }

    /** The same clients on another broker, e.g. a container's (its {@code KafkaConnectionDetails}). */
    public static TestKafkaClient at(String bootstrapServers) {
        return new TestKafkaClient(bootstrapServers);
    }

    /** Sends every example of the event type's schema; returns their keys (the {@code keyField} values). */
    public static List<String> sendSchemaExamples(String topic, String ceType, String keyField) {
        return embedded().sendSchemaExamples(topic, ceType, keyField);
    }

    /** Sends a CloudEvents binary-mode record as a producer service would; returns its {@code ce_id}. */
    public static String sendCloudEvent(String topic, String key, String ceType, String json) {
        return embedded().sendCloudEvent(topic, key, ceType, json);
    }

    public static String sendCloudEvent(String topic, String key, String ceType, String json, String ceId) {
        return embedded().sendCloudEvent(topic, key, ceType, json, ceId);
    }

    /** Sends any record, e.g. a poison one without CloudEvents headers. */
    public static void send(ProducerRecord<String, byte[]> record) {
        embedded().send(record);
    }

    /** A consumer in a fresh group reading {@code topic} from its beginning. */
    public static KafkaConsumer<String, byte[]> consumerFromBeginning(String topic) {
        return embedded().consumerFromBeginning(topic);
    }

    /** Polls until a record with {@code key} arrives, or fails after {@code timeout}. */
    public static ConsumerRecord<String, byte[]> awaitRecord(KafkaConsumer<String, byte[]> consumer, String key,
            Duration timeout) {
        return awaitRecord(consumer, key, null, timeout);
    }

    /**
     * Polls until a record with {@code key} and, unless null, {@code ce_type} arrives, or fails after
     * {@code timeout}. Records of the same poll after the match are not lost: the consumer is rewound
     * to them, so the next call sees them.
     */
    public static ConsumerRecord<String, byte[]> awaitRecord(KafkaConsumer<String, byte[]> consumer, String key,
            String ceType, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
            consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
            for (int i = 0; i < batch.size(); i++) {
                ConsumerRecord<String, byte[]> record = batch.get(i);
                if (key.equals(record.key()) && (ceType == null || ceType.equals(header(record, "ce_type")))) {
                    rewindTo(consumer, batch.subList(i + 1, batch.size()));
                    return record;
                }
                seen.add(record.key() + "/" + header(record, "ce_type"));
            }
        }
        throw new AssertionError("No record with key " + key + (ceType == null ? "" : " and type " + ceType)
                + " within " + timeout + "; saw " + seen);
    }

    private static void rewindTo(KafkaConsumer<String, byte[]> consumer, List<ConsumerRecord<String, byte[]>> unread) {
        Map<TopicPartition, Long> firstUnread = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : unread) {
            firstUnread.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
        }
        firstUnread.forEach(consumer::seek);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static TestKafkaClient embedded() {
        return new TestKafkaClient(EmbeddedInfrastructure.kafkaBootstrapServers());
    }
}
