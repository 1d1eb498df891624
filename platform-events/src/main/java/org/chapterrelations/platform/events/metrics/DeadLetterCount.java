package org.chapterrelations.platform.events.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Records in this service's dead-letter topics ({@code <topic>.<group>.dlq}, the group being the service's
 * name): the sum of each topic's end offsets, so it counts every dead letter ever written, replayed or not.
 * An alert fires when it grows.
 */
public class DeadLetterCount implements AutoCloseable {

    private final Map<String, Object> adminProperties;
    private final String group;
    private final Duration timeout;
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private Admin admin;

    public DeadLetterCount(Map<String, Object> adminProperties, String group, Duration timeout) {
        this.adminProperties = Map.copyOf(adminProperties);
        this.group = group;
        this.timeout = timeout;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminProperties);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }

    /** Reads the end offsets of every dead-letter topic of this group; keeps the last known counts on failure. */
    public Map<String, Long> refresh() throws Exception {
        Admin admin = admin();
        Set<String> topics = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS).stream()
                .filter(name -> name.endsWith("." + group + ".dlq")).collect(Collectors.toSet());
        if (topics.isEmpty()) {
            return Map.copyOf(latest);
        }
        Map<TopicPartition, OffsetSpec> ends = admin.describeTopics(topics).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> offsets = admin.listOffsets(ends).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, Long> counts = offsets.entrySet().stream().collect(Collectors.groupingBy(
                entry -> entry.getKey().topic(), Collectors.summingLong(entry -> entry.getValue().offset())));
        latest.putAll(counts);
        return Map.copyOf(latest);
    }

    public long latest(String topic) {
        return latest.getOrDefault(topic, 0L);
    }
}
