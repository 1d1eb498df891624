package org.chapterrelations.platform.events.notes;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chapterrelations.platform.test.EmbeddedInfrastructure;

/** Writes raw records with a plain Kafka producer, as another service (or a broken one) would. */
final class RecordWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());

    /** A well-formed CloudEvent about one note. */
    void noteEvent(String eventId, String noteId, String text) {
        noteEvent(noteId, eventId, noteId, text);
    }

    /** The same, under another record key (one key puts events of several notes on one partition). */
    void noteEvent(String key, String eventId, String noteId, String text) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(eventId));
        headers.add("ce_source", bytes("/another-service"));
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_type", bytes(Note.EDITED));
        headers.add("ce_subject", bytes(noteId));
        headers.add("ce_time", bytes(Instant.now().toString()));
        headers.add("content-type", bytes("application/json"));
        send(key, headers, bytes("{\"noteId\":\"" + noteId + "\",\"text\":\"" + text + "\"}"));
    }

    void send(String key, RecordHeaders headers, byte[] body) {
        try {
            producer.send(new ProducerRecord<>(Note.TOPIC, null, key, body, headers)).get(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException | ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not write a test record", ex);
        }
    }

    static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
    }
}
