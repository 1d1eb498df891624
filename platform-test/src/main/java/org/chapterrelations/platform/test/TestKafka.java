package org.chapterrelations.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the embedded broker: what another service would send, and what lands on a topic. */
public final class TestKafka {

    private TestKafka() {
    }

    /** Sends a CloudEvents binary-mode record as a producer service would; returns its {@code ce_id}. */
    public static String sendCloudEvent(String topic, String key, String ceType, String json) {
        return sendCloudEvent(topic, key, ceType, json, UUID.randomUUID().toString());
    }

    public static String sendCloudEvent(String topic, String key, String ceType, String json, String ceId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", ceId.getBytes(UTF_8));
        headers.add("ce_source", "/test".getBytes(UTF_8));
        headers.add("ce_specversion", "1.0".getBytes(UTF_8));
        headers.add("ce_type", ceType.getBytes(UTF_8));
        headers.add("ce_subject", key.getBytes(UTF_8));
        headers.add("ce_time", Instant.now().toString().getBytes(UTF_8));
        headers.add("content-type", "application/json".getBytes(UTF_8));
        send(new ProducerRecord<>(topic, null, key, json.getBytes(UTF_8), headers));
        return ceId;
    }

    /** Sends any record, e.g. a poison one without CloudEvents headers. */
    public static void send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not send to " + record.topic(), ex);
        }
    }

    /** A consumer in a fresh group reading {@code topic} from its beginning. */
    public static KafkaConsumer<String, byte[]> consumerFromBeginning(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
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
}
