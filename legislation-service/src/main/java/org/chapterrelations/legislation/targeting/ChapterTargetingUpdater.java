package org.chapterrelations.legislation.targeting;

import java.util.List;
import java.util.function.Consumer;

import org.chapterrelations.platform.events.consumer.IdempotentConsumers;
import org.chapterrelations.platform.events.consumer.MalformedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binding {@code directoryChapters-in-0}: the chapters each state's campaigns reach. */
@Configuration(proxyBeanMethods = false)
class ChapterTargetingUpdater {

    @Bean
    Consumer<Message<List<byte[]>>> directoryChapters(IdempotentConsumers consumers, TargetChapterRepository targets) {
        return consumers.ofBatch("campaign-targets", event -> {
            if (!event.type().startsWith("directory.Chapter")) {
                return;
            }
            TargetChapter target = event.data(ChapterSnapshot.class).toTarget();
            if (target == null) {
                throw new MalformedEventException("Chapter event " + event.id() + " lacks chapterId, state or status");
            }
            targets.save(target);
        });
    }
}
