package org.chapterrelations.platform.events.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event plumbing ({@code platform.events.*}).
 *
 * @param source            CloudEvents {@code source} of what this service publishes; defaults to
 *                          {@code /<spring.application.name>}
 * @param topics            topics this service publishes, created at start-up with their final partition count
 * @param partitions        partitions of each created topic (consumers miss partitions added later)
 * @param replicationFactor replication of each created topic
 * @param relay             the outbox relay
 * @param processedEvents   how long consumers remember the event ids they applied
 */
@ConfigurationProperties("platform.events")
public record PlatformEventsProperties(String source, @DefaultValue List<String> topics, @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor, @DefaultValue Relay relay,
        @DefaultValue ProcessedEvents processedEvents) {

    /**
     * @param enabled   whether the background sweep runs (immediate publishing always does)
     * @param interval  pause between sweeps
     * @param grace     age after which a pending event is the sweep's to send (younger ones are in flight)
     * @param batchSize aggregates read per collection and sweep
     */
    public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration interval,
            @DefaultValue("5s") Duration grace, @DefaultValue("200") int batchSize) {
    }

    /**
     * @param retention     age after which an applied event id is forgotten: far beyond Kafka's retention, so a
     *                      redelivered event is always recognised
     * @param purgeInterval pause between purges of older ids
     */
    public record ProcessedEvents(@DefaultValue("30d") Duration retention, @DefaultValue("1h") Duration purgeInterval) {
    }
}
