package org.chapterrelations.notification.directory;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.chapterrelations.notification.officer.OfficerRecipientsUpdater;
import org.chapterrelations.notification.recipient.ChapterContactsUpdater;
import org.chapterrelations.notification.rule.WelcomeRule;
import org.chapterrelations.platform.events.consumer.EventHandler;
import org.chapterrelations.platform.events.consumer.IdempotentConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code directoryChapters-in-0}: the one consumer of {@code directory.chapters.v1} in this service,
 * routing each event type to the read model it feeds. Types it does not know are skipped.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryChaptersListener {

    /** Kept from when chapter contacts were the only read model: the processed-event log is keyed by it. */
    static final String CONSUMER_NAME = "chapter-contacts";

    @Bean
    Consumer<Message<List<byte[]>>> directoryChapters(IdempotentConsumers consumers, ChapterContactsUpdater contacts,
            OfficerRecipientsUpdater officers, WelcomeRule welcome) {
        Map<String, EventHandler> handlers = Map.of(
                "directory.ChapterRegistered.v1", contacts::apply,
                "directory.ChapterUpdated.v1", contacts::apply,
                "directory.ChapterRetired.v1", contacts::apply,
                "directory.OfficerAppointed.v1", event -> {
                    officers.appointed(event);
                    welcome.officerAppointed(event);
                },
                "directory.OfficerTermEnded.v1", officers::termEnded);
        return consumers.ofBatch(CONSUMER_NAME, event -> handlers.getOrDefault(event.type(), ignored -> {
        }).handle(event));
    }
}
