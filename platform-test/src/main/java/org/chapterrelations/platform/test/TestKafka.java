package org.chapterrelations.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;

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
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    return record;
                }
                seen.add(record.key());
            }
        }
        throw new AssertionError("No record with key " + key + " within " + timeout + "; saw keys " + seen);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static TestKafkaClient embedded() {
        return new TestKafkaClient(EmbeddedInfrastructure.kafkaBootstrapServers());
    }
}
