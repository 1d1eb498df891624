package org.chapterrelations.survey.roster;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.chapterrelations.platform.events.consumer.IdempotentConsumers;
import org.chapterrelations.platform.events.consumer.MalformedEventException;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Keeps the roster in step with the directory: binding {@code directoryChapters-in-0}. */
@Configuration(proxyBeanMethods = false)
class DirectoryEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> directoryChapters(IdempotentConsumers consumers, RosterRepository roster) {
        Clock clock = Clock.systemUTC();
        return consumers.ofBatch("roster", event -> {
            switch (event.type()) {
                case "directory.ChapterRegistered.v1", "directory.ChapterUpdated.v1", "directory.ChapterRetired.v1" ->
                    roster.save(RosterEntry.from(chapter(event), clock.instant()));
                default -> {
                    // Other directory events (officers) do not change who owes a report.
                }
            }
        });
    }

    private static DirectoryChapter chapter(ReceivedEvent event) {
        DirectoryChapter chapter = event.data(DirectoryChapter.class);
        if (chapter.chapterId() == null || chapter.status() == null) {
            throw new MalformedEventException("Event " + event.id() + " lacks chapterId or status");
        }
        return chapter;
    }
}
