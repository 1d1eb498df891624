package org.chapterrelations.platform.events.consumer;

/** Applies one event. Throwing makes the binder retry with backoff, then send the record to the DLQ. */
@FunctionalInterface
public interface EventHandler {

    void handle(ReceivedEvent event);
}
