package org.chapterrelations.platform.events.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.chapterrelations.platform.events.CloudEventHeaders;
import org.chapterrelations.platform.events.outbox.PendingEvent;
import org.chapterrelations.platform.events.tracing.EventTraceContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends a pending event as a CloudEvents 1.0 binary-mode Kafka record: attributes as {@code ce_*}
 * headers, the JSON data as the value, the aggregate id as the key (so one aggregate's events keep
 * their order). The send continues the trace the event was raised in, so the producer's observation writes
 * that trace's {@code traceparent} header.
 */
public class CloudEventSender {

    private final KafkaTemplate<String, byte[]> kafka;
    private final String source;
    private final EventTraceContext traceContext;

    public CloudEventSender(KafkaTemplate<String, byte[]> kafka, String source) {
        this(kafka, source, EventTraceContext.none());
    }

    public CloudEventSender(KafkaTemplate<String, byte[]> kafka, String source, EventTraceContext traceContext) {
        this.kafka = kafka;
        this.source = source;
        this.traceContext = traceContext;
    }

    public CompletableFuture<SendResult<String, byte[]>> send(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, bytes(event.eventId()));
        headers.add(CloudEventHeaders.SOURCE, bytes(source));
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.TYPE, bytes(event.type()));
        headers.add(CloudEventHeaders.SUBJECT, bytes(event.subject()));
        headers.add(CloudEventHeaders.TIME, bytes(DateTimeFormatter.ISO_INSTANT.format(event.time())));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, event.subject(),
                bytes(event.data()), headers);
        return traceContext.continueTrace(event.traceparent(), "outbox send", () -> kafka.send(record));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
