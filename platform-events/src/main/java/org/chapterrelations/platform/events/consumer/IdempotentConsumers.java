package org.chapterrelations.platform.events.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.chapterrelations.platform.events.metrics.ConsumerMetrics;
import org.chapterrelations.platform.events.metrics.ConsumerMetrics.Outcome;
import org.chapterrelations.platform.events.tracing.EventTraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.micrometer.tracing.Span;

/**
 * Builds the functional consumers that Spring Cloud Stream binds, one poll at a time
 * ({@code @Bean Consumer<Message<List<byte[]>>>}): each reads the CloudEvents envelopes with the CloudEvents
 * SDK, skips the event ids it has already applied, applies the others in order and then records their ids.
 *
 * <p>An event applied but not yet recorded when the process dies is applied again after restart, so
 * handlers write idempotently (upsert by aggregate id); the log makes a plain redelivery change nothing.
 */
public class IdempotentConsumers {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumers.class);

    private static final String KAFKA_PREFIX = "ce_";

    private static final String CANONICAL_PREFIX = "ce-";

    /** {@code datacontenttype} in the Kafka binding. */
    private static final String CONTENT_TYPE = "content-type";

    private final ProcessedEventLog processedEvents;

    private final ConsumerMetrics metrics;

    private final EventTraceContext traces;

    public IdempotentConsumers(ProcessedEventLog processedEvents) {
        this(processedEvents, null);
    }

    /** With metrics of what each consumer did, when a meter registry is there. */
    public IdempotentConsumers(ProcessedEventLog processedEvents, ConsumerMetrics metrics) {
        this(processedEvents, metrics, EventTraceContext.none());
    }

    /**
     * @param traces continues each record's trace in batch consumers (the binder's observation spans whole
     *               batches there, not records)
     */
    public IdempotentConsumers(ProcessedEventLog processedEvents, ConsumerMetrics metrics, EventTraceContext traces) {
        this.processedEvents = processedEvents;
        this.metrics = metrics;
        this.traces = traces;
    }

    /**
     * The consumer for a binding with {@code consumer.batch-mode: true} and {@code use-native-decoding: true}: one dedupe query for the whole poll, the
     * events applied in order, their ids recorded in one bulk insert. A record that cannot be read or applied
     * stops the batch there, after the ones before it are recorded, with a {@link BatchListenerFailedException}
     * naming its index: the container's error handler ({@link BatchDeadLetters}) keeps what came before, retries
     * from that record and, once the retries are spent, sends that record alone to the dead-letter topic.
     */
    public Consumer<Message<List<byte[]>>> ofBatch(String consumerName, EventHandler handler) {
        return batch -> {
            NewEvents fresh = newEvents(consumerName, batch);
            applyInOrder(consumerName, fresh, event -> traces.continueTrace(event.traceparent(),
                    consumerName + " " + event.type(), Span.Kind.CONSUMER, () -> {
                        handler.handle(event);
                        log.debug("{} applied event {} ({})", consumerName, event.id(), event.type());
                        return event;
                    }));
            stopAtUnreadable(consumerName, fresh);
        };
    }

    /**
     * Like {@link #ofBatch}, for a handler that applies a whole poll at once: the poll's new events, up to a
     * record that cannot be read, go to it in one call. If that call throws, they are applied one at a time so
     * that only the record at fault is retried (and dead-lettered), the others being recorded as applied.
     */
    public Consumer<Message<List<byte[]>>> ofBulk(String consumerName, BulkEventHandler handler) {
        return batch -> {
            NewEvents fresh = newEvents(consumerName, batch);
            if (!fresh.events().isEmpty()) {
                try {
                    handler.handleAll(fresh.events());
                    log.debug("{} applied {} events in one go", consumerName, fresh.events().size());
                    recordApplied(consumerName, new ArrayList<>(fresh.events()));
                }
                catch (RuntimeException together) {
                    log.debug("{} applies {} events one at a time after: {}", consumerName, fresh.events().size(),
                            together.toString());
                    applyInOrder(consumerName, fresh, event -> handler.handleAll(List.of(event)));
                }
            }
            stopAtUnreadable(consumerName, fresh);
        };
    }

    /**
     * A poll's records read up to the first that is not a CloudEvent, less the events this consumer applied
     * already (one query) and copies within the poll; with each event's index in the poll.
     */
    private NewEvents newEvents(String consumerName, Message<List<byte[]>> batch) {
        List<Message<byte[]>> records = records(batch);
        List<ReceivedEvent> read = new ArrayList<>(records.size());
        MalformedEventException unreadable = null;
        for (int index = 0; index < records.size() && unreadable == null; index++) {
            try {
                read.add(read(records.get(index)));
            }
            catch (MalformedEventException e) {
                unreadable = e;
            }
        }
        Set<String> applied = processedEvents.appliedAmong(consumerName,
                read.stream().map(ReceivedEvent::id).toList());
        List<ReceivedEvent> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int index = 0; index < read.size(); index++) {
            ReceivedEvent event = read.get(index);
            if (applied.add(event.id())) {
                events.add(event);
                positions.add(index);
            }
            else {
                log.debug("{} skips event {} ({}): already applied", consumerName, event.id(), event.type());
                record(consumerName, event, Outcome.DUPLICATE);
            }
        }
        return new NewEvents(events, positions, unreadable, read.size());
    }

    /** Applies the events one by one; the first that fails stops the poll at its index, the ones before recorded. */
    private void applyInOrder(String consumerName, NewEvents fresh, EventHandler handler) {
        List<ReceivedEvent> done = new ArrayList<>();
        for (int k = 0; k < fresh.events().size(); k++) {
            ReceivedEvent event = fresh.events().get(k);
            try {
                handler.handle(event);
            }
            catch (RuntimeException e) {
                record(consumerName, event, Outcome.FAILED);
                throw failedAt(consumerName, done, fresh.positions().get(k), e);
            }
            done.add(event);
        }
        recordApplied(consumerName, done);
    }

    /** The poll goes no further than a record that is not a CloudEvent: it is retried, then dead-lettered. */
    private void stopAtUnreadable(String consumerName, NewEvents fresh) {
        if (fresh.unreadable() != null) {
            throw failedAt(consumerName, new ArrayList<>(), fresh.unreadableAt(), fresh.unreadable());
        }
    }

    /** {@code unreadable}, if any, is the record at {@code unreadableAt}, right after the last one read. */
    private record NewEvents(List<ReceivedEvent> events, List<Integer> positions, MalformedEventException unreadable,
            int unreadableAt) {
    }

    private BatchListenerFailedException failedAt(String consumerName, List<ReceivedEvent> done, int index,
            RuntimeException cause) {
        recordApplied(consumerName, done);
        return new BatchListenerFailedException(cause.getMessage(), cause, index);
    }

    private void recordApplied(String consumerName, List<ReceivedEvent> done) {
        processedEvents.recordAll(consumerName, done);
        done.forEach(event -> record(consumerName, event, Outcome.APPLIED));
        done.clear();
    }

    /** The batch's records, each with its own Kafka headers as the binder converted them. */
    @SuppressWarnings("unchecked")
    private static List<Message<byte[]>> records(Message<List<byte[]>> batch) {
        List<Map<String, Object>> headers = (List<Map<String, Object>>) batch.getHeaders()
                .get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<byte[]> payloads = batch.getPayload();
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int index = 0; index < payloads.size(); index++) {
            MessageBuilder<byte[]> record = MessageBuilder.withPayload(payloads.get(index));
            if (headers != null && index < headers.size()) {
                record.copyHeaders(headers.get(index));
            }
            records.add(record.build());
        }
        return records;
    }

    private static String traceparent(Message<byte[]> record) {
        Object value = record.getHeaders().get(EventTraceContext.TRACEPARENT);
        return value instanceof byte[] bytes ? new String(bytes, UTF_8) : value == null ? null : value.toString();
    }

    private void record(String consumerName, ReceivedEvent event, Outcome outcome) {
        if (metrics != null) {
            metrics.record(consumerName, event.type(), outcome, event.time());
        }
    }

    static ReceivedEvent read(Message<byte[]> message) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(kafkaHeaders(message.getHeaders()), message.getPayload()).toEvent();
        }
        catch (CloudEventRWException | IllegalStateException ex) {
            // The SDK refuses a missing required attribute with IllegalStateException, anything else with its own.
            throw new MalformedEventException("Record is not a CloudEvent: " + ex.getMessage(), ex);
        }
        if (event.getSpecVersion() != SpecVersion.V1) {
            throw new MalformedEventException("Unsupported CloudEvents specversion " + event.getSpecVersion()
                    + " on event " + event.getId());
        }
        if (event.getId().isBlank()) {
            // The SDK takes an empty id; as every consumer's idempotency key it would merge unrelated events.
            throw new MalformedEventException("Record has a blank ce_id: not a CloudEvent");
        }
        return new ReceivedEvent(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(), message.getPayload(), traceparent(message));
    }

    /**
     * The bound message's CloudEvents headers as the Kafka record had them. Spring Cloud Function renames
     * {@code ce_*} to the canonical {@code ce-*} whenever its conversion of the payload fails (e.g. a body that
     * is not JSON), so those are named back.
     */
    private static Headers kafkaHeaders(MessageHeaders messageHeaders) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        messageHeaders.forEach((name, value) -> {
            if (name.startsWith(CANONICAL_PREFIX)) {
                headers.putIfAbsent(KAFKA_PREFIX + name.substring(CANONICAL_PREFIX.length()), bytes(value));
            }
        });
        messageHeaders.forEach((name, value) -> {
            if (name.startsWith(KAFKA_PREFIX) || name.equals(CONTENT_TYPE)) {
                headers.put(name, bytes(value));
            }
        });
        RecordHeaders kafkaHeaders = new RecordHeaders();
        headers.forEach(kafkaHeaders::add);
        return kafkaHeaders;
    }

    private static byte[] bytes(Object value) {
        return value instanceof byte[] bytes ? bytes : value.toString().getBytes(UTF_8);
    }
}
