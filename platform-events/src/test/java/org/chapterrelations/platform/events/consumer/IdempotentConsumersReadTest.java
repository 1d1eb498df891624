package org.chapterrelations.platform.events.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** How a bound message's headers become a {@link ReceivedEvent}, whichever prefix the framework left them with. */
class IdempotentConsumersReadTest {

    @Test
    void readsKafkaBindingHeadersAsBytes() {
        Message<byte[]> message = cloudEvent().build();

        assertThat(IdempotentConsumers.read(message)).isEqualTo(new ReceivedEvent("e-1", "test.NoteWritten.v1",
                "/notes", "n-1", Instant.parse("2026-01-02T03:04:05Z"), message.getPayload(), null));
    }

    @Test
    void readsHeadersThatSpringCloudFunctionRenamedToTheCanonicalPrefix() {
        Message<byte[]> message = MessageBuilder.withPayload("not json".getBytes(UTF_8))
                .setHeader("ce-id", bytes("e-2")).setHeader("ce-specversion", bytes("1.0"))
                .setHeader("ce-type", bytes("test.NoteEdited.v1")).setHeader("ce-source", bytes("/notes")).build();

        ReceivedEvent event = IdempotentConsumers.read(message);

        assertThat(event.id()).isEqualTo("e-2");
        assertThat(event.type()).isEqualTo("test.NoteEdited.v1");
        assertThatThrownBy(() -> event.data(Object.class)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void recordWithoutCloudEventHeadersIsMalformed() {
        Message<byte[]> message = MessageBuilder.withPayload("{}".getBytes(UTF_8)).build();

        assertThatThrownBy(() -> IdempotentConsumers.read(message)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not a CloudEvent");
    }

    @Test
    void recordMissingARequiredAttributeIsMalformed() {
        assertMalformed(cloudEvent().removeHeader("ce_id"), "'id' cannot be null");
        assertMalformed(cloudEvent().removeHeader("ce_source"), "'source' cannot be null");
        assertMalformed(cloudEvent().removeHeader("ce_type"), "'type' cannot be null");
    }

    @Test
    void recordWithAnotherSpecVersionIsMalformed() {
        assertMalformed(cloudEvent().setHeader("ce_specversion", bytes("2.0")), "Invalid specversion: 2.0");
        assertMalformed(cloudEvent().setHeader("ce_specversion", bytes("0.3")), "Unsupported CloudEvents specversion");
    }

    @Test
    void recordWithAnInvalidAttributeValueIsMalformed() {
        assertMalformed(cloudEvent().setHeader("ce_time", bytes("yesterday")), "\"time\": yesterday");
        assertMalformed(cloudEvent().setHeader("ce_id", bytes(" ")), "blank ce_id");
        assertMalformed(cloudEvent().setHeader("ce_trace-id", bytes("t-1")), "Invalid extensions name: trace-id");
    }

    private static MessageBuilder<byte[]> cloudEvent() {
        return MessageBuilder.withPayload("{}".getBytes(UTF_8))
                .setHeader("ce_id", bytes("e-1")).setHeader("ce_specversion", bytes("1.0"))
                .setHeader("ce_type", bytes("test.NoteWritten.v1")).setHeader("ce_source", bytes("/notes"))
                .setHeader("ce_subject", bytes("n-1")).setHeader("ce_time", bytes("2026-01-02T03:04:05Z"));
    }

    private static void assertMalformed(MessageBuilder<byte[]> message, String reason) {
        assertThatThrownBy(() -> IdempotentConsumers.read(message.build())).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
