package org.chapterrelations.platform.events.config;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.chapterrelations.platform.events.metrics.DeadLetterCount;
import org.chapterrelations.platform.events.metrics.OutboxBacklog;
import org.chapterrelations.platform.events.metrics.PlatformEventsMetrics;
import org.chapterrelations.platform.events.outbox.OutboxRelay;
import org.chapterrelations.platform.events.outbox.OutboxStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;

/** Outbox backlog, relay and dead-letter metrics, when the service has a meter registry. */
@AutoConfiguration(after = PlatformEventsAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnBean(MeterRegistry.class)
public class PlatformEventsMetricsAutoConfiguration {

    private static final Duration REFRESH = Duration.ofSeconds(15);

    @Bean
    PlatformEventsMetrics platformEventsMetrics(MeterRegistry registry, MongoOperations mongo, OutboxStore store,
            OutboxRelay relay, KafkaProperties kafka, KafkaConnectionDetails connection, Environment environment) {
        Map<String, Object> admin = new HashMap<>(kafka.buildAdminProperties());
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getAdmin().getBootstrapServers());
        // Dead-letter topics are named <topic>.<group>.dlq, and every service's group is its name.
        String group = environment.getProperty("spring.application.name", "unknown-service");
        return new PlatformEventsMetrics(registry, new OutboxBacklog(mongo, store, Clock.systemUTC()),
                new DeadLetterCount(admin, group, Duration.ofSeconds(5)), relay, REFRESH);
    }
}
