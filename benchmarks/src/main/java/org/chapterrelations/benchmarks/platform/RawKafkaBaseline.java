package org.chapterrelations.benchmarks.platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chapterrelations.benchmarks.LatencyStats;

/**
 * The event path's floor on the same broker: a raw producer and a raw consumer on a scratch topic, no
 * service, no store. Latency is from the record's create time to the consumer receiving it.
 */
final class RawKafkaBaseline {

    private static final byte[] BODY = new byte[400];

    private final String bootstrapServers;

    RawKafkaBaseline(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    LatencyStats measure(int perSecond, Duration duration) throws Exception {
        String topic = "benchmark.raw." + UUID.randomUUID();
        long total = perSecond * duration.toSeconds();
        long[] latencies = new long[(int) total];
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 0,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "warm-up", BODY)).get();
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            Thread sender = new Thread(() -> send(producer, topic, perSecond, total), "raw-kafka-sender");
            sender.start();
            int received = 0;
            long start = System.nanoTime();
            long deadline = start + duration.toNanos() + TimeUnit.SECONDS.toNanos(60);
            while (received < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (!record.key().equals("warm-up") && received < total) {
                        latencies[received++] = TimeUnit.MILLISECONDS.toNanos(
                                Math.max(0, System.currentTimeMillis() - record.timestamp()));
                    }
                }
            }
            sender.join();
            return LatencyStats.of(Arrays.copyOf(latencies, Math.max(1, received)),
                    System.nanoTime() - start);
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, int perSecond, long total) {
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long wait = start + n * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            producer.send(new ProducerRecord<>(topic, "k" + (n % 50), BODY));
        }
        producer.flush();
    }
}
