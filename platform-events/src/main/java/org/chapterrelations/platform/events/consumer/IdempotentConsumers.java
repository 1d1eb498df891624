package org.chapterrelations.platform.events.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import org.chapterrelations.platform.events.CloudEventHeaders;
import org.chapterrelations.platform.events.metrics.ConsumerMetrics;
import org.chapterrelations.platform.events.metrics.ConsumerMetrics.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Builds the functional consumers that Spring Cloud Stream binds ({@code @Bean Consumer<Message<byte[]>>}):
 * each reads the CloudEvents headers, skips an event id it has already applied, applies the event and
 * then records its id.
 *
 * <p>An event applied but not yet recorded when the process dies is applied again after restart, so
 * handlers write idempotently (upsert by aggregate id); the log makes a plain redelivery change nothing.
 */
public class IdempotentConsumers {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumers.class);

    private static final String KAFKA_PREFIX = "ce_";

    private static final String CANONICAL_PREFIX = "ce-";

    private final ProcessedEventLog processedEvents;

    private final ConsumerMetrics metrics;

    public IdempotentConsumers(ProcessedEventLog processedEvents) {
        this(processedEvents, null);
    }

    /** With metrics of what each consumer did, when a meter registry is there. */
    public IdempotentConsumers(ProcessedEventLog processedEvents, ConsumerMetrics metrics) {
        this.processedEvents = processedEvents;
        this.metrics = metrics;
    }

    public Consumer<Message<byte[]>> of(String consumerName, EventHandler handler) {
        return message -> {
            ReceivedEvent event = read(message);
            if (processedEvents.contains(consumerName, event.id())) {
                log.debug("{} skips event {} ({}): already applied", consumerName, event.id(), event.type());
                record(consumerName, event, Outcome.DUPLICATE);
                return;
            }
            try {
                handler.handle(event);
            } catch (RuntimeException e) {
                record(consumerName, event, Outcome.FAILED);
                throw e;
            }
            processedEvents.record(consumerName, event);
            record(consumerName, event, Outcome.APPLIED);
            log.debug("{} applied event {} ({})", consumerName, event.id(), event.type());
        };
    }

    private void record(String consumerName, ReceivedEvent event, Outcome outcome) {
        if (metrics != null) {
            metrics.record(consumerName, event.type(), outcome, event.time());
        }
    }

    static ReceivedEvent read(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = required(headers, CloudEventHeaders.ID);
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new MalformedEventException("Unsupported CloudEvents specversion " + specVersion + " on event " + id);
        }
        String time = header(headers, CloudEventHeaders.TIME);
        return new ReceivedEvent(id, required(headers, CloudEventHeaders.TYPE), required(headers, CloudEventHeaders.SOURCE),
                header(headers, CloudEventHeaders.SUBJECT), time == null ? null : parseTime(id, time),
                message.getPayload());
    }

    private static Instant parseTime(String id, String time) {
        try {
            return Instant.parse(time);
        }
        catch (DateTimeParseException ex) {
            throw new MalformedEventException("Event " + id + " has an invalid ce_time: " + time, ex);
        }
    }

    private static String required(MessageHeaders headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Record has no " + name + " header: not a CloudEvent");
        }
        return value;
    }

    /**
     * Reads a {@code ce_*} header. Spring Cloud Function renames them to the canonical {@code ce-*} form
     * whenever its conversion of the payload fails (e.g. a body that is not JSON), so both are read.
     */
    private static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith(KAFKA_PREFIX)) {
            value = headers.get(CANONICAL_PREFIX + name.substring(KAFKA_PREFIX.length()));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
