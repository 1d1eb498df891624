package org.chapterrelations.platform.events.metrics;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.chapterrelations.platform.events.outbox.OutboxRelay;
import org.chapterrelations.platform.events.schedule.FixedDelaySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the outbox backlog ({@code platform.outbox.pending}, {@code platform.outbox.oldest.age}), events
 * the relay sent ({@code platform.outbox.sent}) and dead letters ({@code platform.events.dead.letters}),
 * refreshed in the background every {@code interval} so a scrape never queries MongoDB or Kafka.
 */
public class PlatformEventsMetrics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PlatformEventsMetrics.class);

    private final MeterRegistry registry;
    private final OutboxBacklog backlog;
    private final DeadLetterCount deadLetters;
    private final FixedDelaySchedule schedule;
    /** Gauges already registered: they read the latest measurement themselves, so each is registered once. */
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();

    public PlatformEventsMetrics(MeterRegistry registry, OutboxBacklog backlog, DeadLetterCount deadLetters,
            OutboxRelay relay, Duration interval) {
        this.registry = registry;
        this.backlog = backlog;
        this.deadLetters = deadLetters;
        this.schedule = new FixedDelaySchedule("platform-events-metrics", this::refresh, Duration.ZERO, interval)
                .atMostBusy(0.05);
        FunctionCounter.builder("platform.outbox.sent", relay, OutboxRelay::sentCount)
                .description("Events the outbox handed to Kafka and marked sent").register(registry);
    }

    /** Measures once; gauges appear for each outbox collection and dead-letter topic found. */
    public void refresh() {
        try {
            backlog.refresh().keySet().stream().filter(collection -> gauged.add("collection:" + collection))
                    .forEach(this::gaugeBacklog);
        } catch (RuntimeException e) {
            log.debug("Outbox backlog not measured: {}", e.getMessage());
        }
        try {
            deadLetters.refresh().keySet().stream().filter(topic -> gauged.add("topic:" + topic))
                    .forEach(this::gaugeDeadLetters);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.debug("Dead letters not counted: {}", e.getMessage());
        }
    }

    private void gaugeBacklog(String collection) {
        Gauge.builder("platform.outbox.pending", backlog, b -> b.latest(collection).pendingEvents())
                .description("Events written but not yet acknowledged by Kafka").tag("collection", collection)
                .register(registry);
        Gauge.builder("platform.outbox.oldest.age", backlog, b -> b.latest(collection).oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest event still in the outbox").baseUnit("seconds")
                .tag("collection", collection).register(registry);
    }

    private void gaugeDeadLetters(String topic) {
        Gauge.builder("platform.events.dead.letters", deadLetters, d -> d.latest(topic))
                .description("Records ever written to this dead-letter topic").tag("topic", topic).register(registry);
    }

    @Override
    public synchronized void start() {
        schedule.start();
    }

    @Override
    public synchronized void stop() {
        schedule.stop();
        deadLetters.close();
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule.isRunning();
    }
}
