package org.chapterrelations.platform.events.consumer;

import java.time.Clock;
import java.time.Duration;

import org.chapterrelations.platform.events.schedule.FixedDelaySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes applied event ids older than the retention, on a schedule: what a TTL index would do on MongoDB,
 * written portably because FerretDB has no TTL indexes. Several instances purging at once is harmless.
 */
public class ProcessedEventPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventPurge.class);

    private final ProcessedEventLog processedEvents;
    private final Duration retention;
    private final Duration interval;
    private final Clock clock;
    private final FixedDelaySchedule schedule;

    public ProcessedEventPurge(ProcessedEventLog processedEvents, Duration retention, Duration interval, Clock clock) {
        this.processedEvents = processedEvents;
        this.retention = retention;
        this.interval = interval;
        this.clock = clock;
        this.schedule = new FixedDelaySchedule("processed-event-purge", this::purgeQuietly, interval, interval);
    }

    /** Deletes what is past the retention now; returns how many ids were forgotten. */
    public long purge() {
        return processedEvents.purgeOlderThan(clock.instant().minus(retention));
    }

    private void purgeQuietly() {
        try {
            long purged = purge();
            if (purged > 0) {
                log.info("Forgot {} applied event ids older than {}", purged, retention);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Purge of applied event ids failed; will retry in {}: {}", interval, ex.getMessage());
        }
    }

    @Override
    public void start() {
        schedule.start();
    }

    @Override
    public void stop() {
        schedule.stop();
    }

    @Override
    public boolean isRunning() {
        return schedule.isRunning();
    }
}
