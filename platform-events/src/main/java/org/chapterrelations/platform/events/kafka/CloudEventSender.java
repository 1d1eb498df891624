package org.chapterrelations.platform.events.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.chapterrelations.platform.events.outbox.PendingEvent;
import org.chapterrelations.platform.events.tracing.EventTraceContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * Sends a pending event as a CloudEvents 1.0 binary-mode Kafka record, written by the CloudEvents SDK:
 * attributes as {@code ce_*} headers, the JSON data as the value, the aggregate id as the key (so one
 * aggregate's events keep their order). The send continues the trace the event was raised in, so the
 * producer's observation adds that trace's {@code traceparent} header.
 */
public class CloudEventSender {

    private static final String JSON = "application/json";

    private final KafkaTemplate<String, byte[]> kafka;
    private final URI source;
    private final EventTraceContext traceContext;

    public CloudEventSender(KafkaTemplate<String, byte[]> kafka, String source) {
        this(kafka, source, EventTraceContext.none());
    }

    public CloudEventSender(KafkaTemplate<String, byte[]> kafka, String source, EventTraceContext traceContext) {
        this.kafka = kafka;
        this.source = URI.create(source);
        this.traceContext = traceContext;
    }

    public CompletableFuture<SendResult<String, byte[]>> send(PendingEvent event) {
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(event.topic(), event.subject())
                .writeBinary(cloudEvent(event));
        return traceContext.continueTrace(event.traceparent(), "outbox send", () -> kafka.send(record));
    }

    private CloudEvent cloudEvent(PendingEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(event.data().getBytes(UTF_8))
                .build();
    }
}
