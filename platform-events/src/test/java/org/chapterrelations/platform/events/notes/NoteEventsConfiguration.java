package org.chapterrelations.platform.events.notes;

import java.util.List;
import java.util.function.Consumer;

import org.chapterrelations.platform.events.consumer.IdempotentConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The consumer bound as {@code noteEvents-in-0} in batch mode: reads each note event and counts it once. */
@Configuration(proxyBeanMethods = false)
class NoteEventsConfiguration {

    static final String CONSUMER = "noteEvents";

    @Bean
    Consumer<Message<List<byte[]>>> noteEvents(IdempotentConsumers consumers, NoteTally tally) {
        return consumers.ofBatch(CONSUMER, event -> tally.count(event.data(NoteChanged.class).noteId()));
    }
}
