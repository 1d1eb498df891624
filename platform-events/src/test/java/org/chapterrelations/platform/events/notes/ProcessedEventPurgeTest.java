package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.chapterrelations.platform.events.consumer.ProcessedEventLog;
import org.chapterrelations.platform.events.consumer.ProcessedEventPurge;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Applied event ids are forgotten after the retention, on the real store (no TTL index there). */
@PlatformIntegrationTest
class ProcessedEventPurgeTest {

    private static final Duration RETENTION = Duration.ofDays(30);

    @Autowired
    ProcessedEventLog processedEvents;

    @Test
    void idsPastTheRetentionAreForgottenAndYoungerOnesKept() {
        String old = UUID.randomUUID().toString();
        processedEvents.recordAll("purge-test", List.of(event(old)));

        new ProcessedEventPurge(processedEvents, RETENTION, Duration.ofHours(1), clockAt(Instant.now())).purge();
        assertThat(processedEvents.appliedAmong("purge-test", List.of(old))).as("younger than the retention").containsExactly(old);

        long purged = new ProcessedEventPurge(processedEvents, RETENTION, Duration.ofHours(1),
                clockAt(Instant.now().plus(RETENTION).plusSeconds(60))).purge();
        assertThat(purged).isPositive();
        assertThat(processedEvents.appliedAmong("purge-test", List.of(old))).isEmpty();
    }

    private static ReceivedEvent event(String id) {
        return new ReceivedEvent(id, "test.Purged", "/purge-test", "subject", Instant.now(), new byte[0], null);
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
