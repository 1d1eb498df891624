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
        Message<byte[]> message = MessageBuilder.withPayload("{}".getBytes(UTF_8))
                .setHeader("ce_id", bytes("e-1")).setHeader("ce_specversion", bytes("1.0"))
                .setHeader("ce_type", bytes("test.NoteWritten.v1")).setHeader("ce_source", bytes("/notes"))
                .setHeader("ce_subject", bytes("n-1")).setHeader("ce_time", bytes("2026-01-02T03:04:05Z")).build();

        assertThat(IdempotentConsumers.read(message)).isEqualTo(new ReceivedEvent("e-1", "test.NoteWritten.v1",
                "/notes", "n-1", Instant.parse("2026-01-02T03:04:05Z"), message.getPayload()));
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
                .hasMessageContaining("ce_id");
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
