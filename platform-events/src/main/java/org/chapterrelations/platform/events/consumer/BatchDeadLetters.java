package org.chapterrelations.platform.events.consumer;

import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries and dead letters for batch bindings, one record at a time. The binder's own DLQ would send a
 * whole poll to the dead-letter topic when one record of it fails; here the container's error handler reads
 * the failed index from {@link org.springframework.kafka.listener.BatchListenerFailedException}, commits the
 * records before it, retries from it with the binding's back-off ({@code max-attempts},
 * {@code back-off-*}), then sends that record alone to {@code <topic>.<group>.dlq} with the binder's header
 * names ({@code x-original-topic}, {@code x-exception-message}, ...) and goes on with the rest.
 * Record-mode bindings keep the binder's retry and DLQ.
 */
public class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchDeadLetters.class);

    private static final HeaderNames BINDER_HEADER_NAMES = HeaderNames.Builder.original()
            .topicHeader("x-original-topic")
            .partitionHeader("x-original-partition")
            .offsetHeader("x-original-offset")
            .timestampHeader("x-original-timestamp")
            .timestampTypeHeader("x-original-timestamp-type")
            .consumerGroupHeader("x-original-group")
            .exception()
            .exceptionFqcn("x-exception-fqcn")
            .exceptionCauseFqcn("x-exception-cause-fqcn")
            .exceptionMessage("x-exception-message")
            .exceptionStacktrace("x-exception-stacktrace")
            .keyExceptionFqcn("x-key-exception-fqcn")
            .keyExceptionMessage("x-key-exception-message")
            .keyExceptionStacktrace("x-key-exception-stacktrace")
            .build();

    private final KafkaTemplate<byte[], byte[]> kafka;

    private final KafkaAdmin admin;

    private final int replicationFactor;

    /**
     * @param producerSettings the outbox producer's settings; keys and values go out as the bytes they came in
     *                         as (batch bindings decode natively, so a record's key is still {@code byte[]})
     */
    public BatchDeadLetters(Map<String, Object> producerSettings, KafkaAdmin admin, int replicationFactor) {
        this.kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producerSettings, new ByteArraySerializer(),
                new ByteArraySerializer()));
        this.admin = admin;
        this.replicationFactor = replicationFactor;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        // The binder calls the form with the binding's properties, below.
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (properties == null || !properties.isBatchMode() || group == null) {
            return;
        }
        String deadLetterTopic = deadLetterTopic(destinationName, group);
        createIfMissing(deadLetterTopic);
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(deadLetterTopic, -1));
        deadLetters.setHeaderNamesSupplier(() -> BINDER_HEADER_NAMES);
        deadLetters.setWaitForSendResultTimeout(Duration.ofSeconds(30));
        // The dead letter names the handler's own exception, not the binder's wrappers around it.
        ConsumerAwareRecordRecoverer deadLetter = (record, consumer, failure) ->
                deadLetters.accept(record, consumer, handlerFailure(failure));
        DefaultErrorHandler errors = new DefaultErrorHandler(deadLetter,
                backOff == null ? new FixedBackOff(0, 0) : backOff);
        errors.setCommitRecovered(true);
        container.setCommonErrorHandler(errors);
    }

    @Override
    public void destroy() {
        kafka.getProducerFactory().reset();
    }

    private static Exception handlerFailure(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException failed && failed.getCause() instanceof Exception handler) {
                return handler;
            }
        }
        return failure;
    }

    /** The convention every service's record-mode bindings name in {@code dlq-name}. */
    public static String deadLetterTopic(String destination, String group) {
        return destination + "." + group + ".dlq";
    }

    private void createIfMissing(String topic) {
        try {
            NewTopic newTopic = TopicBuilder.name(topic).partitions(1).replicas(replicationFactor).build();
            admin.createOrModifyTopics(newTopic);
        }
        catch (RuntimeException e) {
            // The broker may create it on first use; a dead letter that cannot be sent is retried, never lost.
            log.warn("Could not create the dead-letter topic {}: {}", topic, e.getMessage());
        }
    }
}
