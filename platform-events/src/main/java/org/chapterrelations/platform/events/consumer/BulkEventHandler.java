package org.chapterrelations.platform.events.consumer;

import java.util.List;

/**
 * Applies a poll's new events together, so that a handler can write them in one round trip to the store.
 * Throwing makes the consumer apply them one at a time instead, to find the one at fault: so handlers write
 * idempotently, as every handler here does.
 */
@FunctionalInterface
public interface BulkEventHandler {

    void handleAll(List<ReceivedEvent> events);
}
