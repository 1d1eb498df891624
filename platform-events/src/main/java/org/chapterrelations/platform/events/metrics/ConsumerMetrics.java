package org.chapterrelations.platform.events.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What each idempotent consumer did with the events it received ({@code platform.events.consumed}, by
 * consumer, type and outcome: applied, duplicate, failed) and how long after its {@code ce_time} an event
 * took effect ({@code platform.events.latency}: publish to effect, with percentiles).
 */
public class ConsumerMetrics {

    public enum Outcome { APPLIED, DUPLICATE, FAILED }

    private final MeterRegistry registry;
    private final Clock clock;

    public ConsumerMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public void record(String consumer, String type, Outcome outcome, Instant eventTime) {
        Counter.builder("platform.events.consumed").description("Events received by an idempotent consumer")
                .tag("consumer", consumer).tag("type", type).tag("outcome", outcome.name().toLowerCase())
                .register(registry).increment();
        if (outcome == Outcome.APPLIED && eventTime != null) {
            Duration latency = Duration.between(eventTime, clock.instant());
            Timer.builder("platform.events.latency").description("From an event's ce_time to its effect")
                    .tag("consumer", consumer).publishPercentileHistogram()
                    .register(registry).record(latency.isNegative() ? Duration.ZERO : latency);
        }
    }
}
