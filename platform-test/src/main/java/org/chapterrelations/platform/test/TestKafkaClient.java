package org.chapterrelations.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Plain Kafka clients on a given broker: what another service would send, and what lands on a topic.
 * {@link TestKafka} is this on the embedded broker; {@code TestKafka.at(servers)} on any other, e.g. a container.
 */
public final class TestKafkaClient {

    private final String bootstrapServers;

    public TestKafkaClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends a CloudEvents binary-mode record as a producer service would; returns its {@code ce_id}. */
    /**
     * Sends every example of the event type's schema as the producer would, keyed by the example's
     * {@code keyField}; returns the keys in order.
     */
    public List<String> sendSchemaExamples(String topic, String ceType, String keyField) {
        List<String> keys = new ArrayList<>();
        for (String example : EventSchemas.examples(ceType)) {
            String key = JsonMapper.shared().readTree(example).path(keyField).asString();
            sendCloudEvent(topic, key, ceType, example);
            keys.add(key);
        }
        return keys;
    }

    public String sendCloudEvent(String topic, String key, String ceType, String json) {
        return sendCloudEvent(topic, key, ceType, json, UUID.randomUUID().toString());
    }

    public String sendCloudEvent(String topic, String key, String ceType, String json, String ceId) {
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
    public void send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
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
    public KafkaConsumer<String, byte[]> consumerFromBeginning(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}
