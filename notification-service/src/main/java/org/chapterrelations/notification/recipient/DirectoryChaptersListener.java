package org.chapterrelations.notification.recipient;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

import org.chapterrelations.platform.events.consumer.IdempotentConsumers;
import org.chapterrelations.platform.events.consumer.MalformedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binding {@code directoryChapters-in-0}: keeps chapter contacts current; retired chapters stop receiving. */
@Configuration(proxyBeanMethods = false)
class DirectoryChaptersListener {

    private static final Set<String> CHAPTER_SNAPSHOTS = Set.of("directory.ChapterRegistered.v1",
            "directory.ChapterUpdated.v1", "directory.ChapterRetired.v1");

    @Bean
    Consumer<Message<byte[]>> directoryChapters(IdempotentConsumers consumers, ChapterContactRepository contacts) {
        return consumers.of("chapter-contacts", event -> {
            if (!CHAPTER_SNAPSHOTS.contains(event.type())) {
                return;
            }
            ChapterEvent chapter = event.data(ChapterEvent.class);
            if (!chapter.isComplete()) {
                throw new MalformedEventException("Chapter event " + event.id() + " lacks chapterId, name or status");
            }
            contacts.save(new ChapterContact(chapter.chapterId(), chapter.name(), chapter.state(),
                    chapter.publicEmail(), "active".equals(chapter.status()), Instant.now()));
        });
    }
}
