package org.chapterrelations.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-drives a dead-letter topic once the cause is fixed: each record goes back to the topic it came from
 * ({@code x-original-topic}) with its key, value and CloudEvents headers, minus the binder's
 * {@code x-exception-*} and {@code x-original-*} headers. Same {@code ce_id}, so consumers that did process
 * it skip it. Progress is committed in the consumer group {@code dlq-replay}: a record is re-driven once,
 * and a second run replays only what reached the dead-letter topic since.
 */
final class DeadLetterReplay {

    static final String GROUP = "dlq-replay";
    private static final Duration IDLE = Duration.ofSeconds(3);

    record Outcome(int replayed, int skipped) {
    }

    private final String bootstrapServers;

    DeadLetterReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Replays everything on the dead-letter topic not replayed before; returns when it has been idle for 3 s. */
    Outcome replay(String deadLetterTopic) throws InterruptedException {
        int replayed = 0;
        int skipped = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
            consumer.subscribe(List.of(deadLetterTopic));
            long idleSince = System.nanoTime();
            while (System.nanoTime() - idleSince < IDLE.toNanos()) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
                if (batch.isEmpty()) {
                    continue;
                }
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> dead : batch) {
                    String originalTopic = text(dead.headers().lastHeader("x-original-topic"));
                    if (originalTopic == null) {
                        skipped++;
                        continue;
                    }
                    sends.add(producer.send(new ProducerRecord<>(originalTopic, null, dead.key(), dead.value(),
                            eventHeaders(dead.headers()))));
                }
                awaitAll(sends);
                replayed += sends.size();
                consumer.commitSync();
                idleSince = System.nanoTime();
            }
        }
        return new Outcome(replayed, skipped);
    }

    private static Headers eventHeaders(Headers deadLetterHeaders) {
        RecordHeaders kept = new RecordHeaders();
        StreamSupport.stream(deadLetterHeaders.spliterator(), false)
                .filter(header -> !header.key().startsWith("x-exception") && !header.key().startsWith("x-original"))
                .forEach(kept::add);
        return kept;
    }

    private static void awaitAll(List<Future<RecordMetadata>> sends) throws InterruptedException {
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not re-send a dead letter: " + e.getCause().getMessage(), e);
            }
        }
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    private Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    }
}
