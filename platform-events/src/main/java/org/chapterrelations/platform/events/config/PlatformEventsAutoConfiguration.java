package org.chapterrelations.platform.events.config;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chapterrelations.platform.events.consumer.BatchDeadLetters;
import org.chapterrelations.platform.events.consumer.IdempotentConsumers;
import org.chapterrelations.platform.events.consumer.ProcessedEventLog;
import org.chapterrelations.platform.events.consumer.ProcessedEventPurge;
import org.chapterrelations.platform.events.health.KafkaHealthIndicator;
import org.chapterrelations.platform.events.health.StoreReadinessIndicator;
import org.chapterrelations.platform.events.kafka.CloudEventSender;
import org.chapterrelations.platform.events.metrics.ConsumerMetrics;
import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.events.outbox.AggregateWriteLocks;
import org.chapterrelations.platform.events.outbox.OutboxRelay;
import org.chapterrelations.platform.events.outbox.OutboxStore;
import org.chapterrelations.platform.events.tracing.EventTraceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the outbox, the relay, idempotent consumers and the Kafka and MongoDB health checks. */
// MongoDB's health is Boot's own indicator (the hello command, which MongoDB and FerretDB both answer).
@AutoConfiguration(after = { DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class })
@EnableConfigurationProperties(PlatformEventsProperties.class)
public class PlatformEventsAutoConfiguration {

    @Bean
    KafkaTemplate<String, byte[]> cloudEventKafkaTemplate(KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
        // Connection details win over properties, as in Boot's own Kafka beans (e.g. @ServiceConnection).
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        producer.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Kafka 4 waits 5 ms by default to batch; an event that one user's action raised should not wait.
        producer.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producer.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(producer);
        // The factory is no bean, so the template closes it (flushing in-flight sends) when the context stops.
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(factory) {
            @Override
            public void destroy() {
                super.destroy();
                factory.destroy();
            }
        };
        template.setObservationEnabled(true);
        return template;
    }

    /** Events raised in a trace carry it across the outbox, when the application has a tracer. */
    @Bean(destroyMethod = "uninstall")
    EventTraceContext eventTraceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer available = tracer.getIfUnique();
        Propagator propagation = propagator.getIfUnique();
        if (available == null || propagation == null) {
            return EventTraceContext.none();
        }
        return new EventTraceContext(available, propagation).install();
    }

    @Bean
    CloudEventSender cloudEventSender(KafkaTemplate<String, byte[]> cloudEventKafkaTemplate,
            PlatformEventsProperties properties, Environment environment, EventTraceContext eventTraceContext) {
        String source = properties.source() != null ? properties.source()
                : "/" + environment.getProperty("spring.application.name", "unknown-service");
        return new CloudEventSender(cloudEventKafkaTemplate, source, eventTraceContext);
    }

    @Bean
    AggregateWriteLocks aggregateWriteLocks() {
        return new AggregateWriteLocks();
    }

    @Bean
    OutboxStore outboxStore(MongoOperations mongo, AggregateWriteLocks locks) {
        return new OutboxStore(mongo, locks);
    }

    @Bean
    OutboxRelay outboxRelay(OutboxStore store, CloudEventSender sender, PlatformEventsProperties properties) {
        PlatformEventsProperties.Relay relay = properties.relay();
        return new OutboxRelay(store, sender, relay.interval(), relay.grace(), relay.batchSize(), Clock.systemUTC()) {
            @Override
            public boolean isAutoStartup() {
                return relay.enabled();
            }
        };
    }

    @Bean
    Outbox outbox(MongoOperations mongo, OutboxRelay relay, ThreadPoolExecutor outboxPublisher,
            AggregateWriteLocks locks) {
        return new Outbox(mongo, relay, outboxPublisher, locks);
    }

    /**
     * One thread hands freshly written events to the producer; a bounded queue keeps a long broker outage
     * from holding memory (what does not fit is left to the sweep).
     */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor outboxPublisher() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000), runnable -> {
            Thread thread = new Thread(runnable, "outbox-publisher");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Bean
    ProcessedEventLog processedEventLog(MongoOperations mongo) {
        return new ProcessedEventLog(mongo);
    }

    @Bean
    ProcessedEventPurge processedEventPurge(ProcessedEventLog processedEventLog, PlatformEventsProperties properties) {
        PlatformEventsProperties.ProcessedEvents settings = properties.processedEvents();
        return new ProcessedEventPurge(processedEventLog, settings.retention(), settings.purgeInterval(), Clock.systemUTC());
    }

    @Bean
    IdempotentConsumers idempotentConsumers(ProcessedEventLog processedEventLog, ObjectProvider<MeterRegistry> registry,
            EventTraceContext eventTraceContext) {
        MeterRegistry meters = registry.getIfAvailable();
        return new IdempotentConsumers(processedEventLog,
                meters == null ? null : new ConsumerMetrics(meters, Clock.systemUTC()), eventTraceContext);
    }

    @Bean
    BatchDeadLetters batchDeadLetters(KafkaTemplate<String, byte[]> cloudEventKafkaTemplate, KafkaAdmin admin,
            PlatformEventsProperties properties) {
        return new BatchDeadLetters(cloudEventKafkaTemplate.getProducerFactory().getConfigurationProperties(), admin,
                properties.replicationFactor());
    }

    /**
     * A request fails with 503 within seconds when the store is down, instead of waiting the driver's default
     * 30 s for a server; the driver reconnects by itself once the store is back.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer storeUnavailableFailsFast() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS));
    }

    @Bean
    KafkaAdmin.NewTopics publishedTopics(PlatformEventsProperties properties) {
        return new KafkaAdmin.NewTopics(properties.topics().stream()
                .map(topic -> TopicBuilder.name(topic).partitions(properties.partitions())
                        .replicas(properties.replicationFactor()).build())
                .toArray(NewTopic[]::new));
    }

    /** {@code store} in the readiness groups: the store away is OUT_OF_SERVICE there, not DOWN. */
    @Bean
    StoreReadinessIndicator storeHealthIndicator(ObjectProvider<MongoHealthIndicator> mongo) {
        return new StoreReadinessIndicator(mongo);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> admin = new HashMap<>(kafka.buildAdminProperties());
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getAdmin().getBootstrapServers());
        return new KafkaHealthIndicator(admin, Duration.ofSeconds(3));
    }
}
