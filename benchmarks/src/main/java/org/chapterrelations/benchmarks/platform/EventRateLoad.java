package org.chapterrelations.benchmarks.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes {@code directory.ChapterUpdated.v1} CloudEvents for existing chapters at a steady rate, as
 * directory-service would, and tells when every consumer group has caught up with the topic.
 */
final class EventRateLoad implements AutoCloseable {

    static final String TOPIC = "directory.chapters.v1";

    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;
    private final List<String> chapterCodes;

    EventRateLoad(String bootstrapServers, List<String> chapterCodes) {
        this.chapterCodes = chapterCodes;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Sends {@code perSecond} events a second for {@code duration}; returns the rate really achieved. */
    double publish(int perSecond, Duration duration) {
        long total = perSecond * duration.toSeconds();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long due = start + n * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String code = chapterCodes.get((int) (n % chapterCodes.size()));
            producer.send(event(code, n));
        }
        producer.flush();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    /** Waits until no consumer group of the topic has records left to process; returns how long that took. */
    Duration awaitConsumersCaughtUp(Duration timeout) {
        long start = System.nanoTime();
        await("every consumer group caught up with " + TOPIC).atMost(timeout).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> totalLag() == 0);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    long totalLag() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()
                .forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            if (committed.keySet().stream().noneMatch(partition -> partition.topic().equals(TOPIC))) {
                continue;
            }
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue() - (done == null ? 0 : done.offset());
            }
        }
        return lag;
    }

    private static ProducerRecord<String, byte[]> event(String code, long n) {
        String data = """
                {"chapterId":"%s","code":"%s","name":"Benchmark Chapter %s","kind":"state","state":"NE",\
                "status":"active","website":"https://example.org/%d","changedFields":["website"]}"""
                .formatted(code, code, code, n);
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_id", UUID.randomUUID().toString(), "ce_source", "/platform-benchmark",
                "ce_type", "directory.ChapterUpdated.v1", "ce_subject", code, "ce_time", Instant.now().toString(),
                "ce_specversion", "1.0", "content-type", "application/json")
                .forEach((key, value) -> headers.add(key, value.getBytes(UTF_8)));
        return new ProducerRecord<>(TOPIC, null, code, data.getBytes(UTF_8), headers);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
