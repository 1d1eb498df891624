package org.chapterrelations.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.chapterrelations.gateway.FakeTime;
import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;

class FallbackRateLimitStoreTest {

    private static final Plan ONE_PER_HOUR = new Plan(1, 1, Duration.ofHours(1));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final FakeTime clock = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));

    /** Calls that reached Redis. */
    private final AtomicInteger redisCalls = new AtomicInteger();

    private final AtomicBoolean redisDown = new AtomicBoolean(true);

    /** Refuses connections while {@code redisDown}, else allows everything. */
    private final RateLimitStore redis = (key, plan) -> Mono.defer(() -> {
        redisCalls.incrementAndGet();
        return redisDown.get() ? Mono.error(new IllegalStateException("connection refused")) : Mono.just(Decision.allow());
    });

    @Test
    void aHangingRedisIsGivenUpAfterTheTimeoutAndTheLimitStillHolds() {
        RateLimitStore hanging = (key, plan) -> Mono.never();
        FallbackRateLimitStore store = new FallbackRateLimitStore(hanging, new InMemoryRateLimitStore(),
                Duration.ofMillis(100), Duration.ofMinutes(1), meters);

        assertThat(store.take("k", ONE_PER_HOUR).block(Duration.ofSeconds(2)).allowed()).isTrue();
        assertThat(store.take("k", ONE_PER_HOUR).block(Duration.ofSeconds(2)).allowed()).isFalse();
        assertThat(store.degraded()).isTrue();
    }

    @Test
    void whileRedisIsBypassedItIsNotAskedAtAll() {
        FallbackRateLimitStore store = withRetryAfterOfOneMinute();

        for (int i = 0; i < 5; i++) {
            store.take("k" + i, ONE_PER_HOUR).block();
        }

        assertThat(redisCalls).hasValue(1);
        assertThat(meters.get("gateway.rate_limit.fallback").counter().count()).isEqualTo(5);
        assertThat(meters.get("gateway.rate_limit.degraded").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void redisIsTriedAgainOnlyAfterRetryAfterAndUsedAgainWhenItAnswers() {
        FallbackRateLimitStore store = withRetryAfterOfOneMinute();
        store.take("k", ONE_PER_HOUR).block();
        assertThat(store.degraded()).isTrue();

        redisDown.set(false);
        clock.advance(Duration.ofSeconds(59));
        assertThat(store.take("k", ONE_PER_HOUR).block().allowed()).isFalse(); // memory, Redis not asked yet
        assertThat(redisCalls).hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(store.take("k", ONE_PER_HOUR).block().allowed()).isTrue(); // memory alone would refuse
        assertThat(redisCalls).hasValue(2);
        assertThat(store.degraded()).isFalse();
        assertThat(meters.get("gateway.rate_limit.degraded").gauge().value()).isZero();
    }

    @Test
    void aFailedRetryKeepsRedisBypassedForAnotherRetryAfter() {
        FallbackRateLimitStore store = withRetryAfterOfOneMinute();
        store.take("k", ONE_PER_HOUR).block();
        clock.advance(Duration.ofSeconds(61));
        store.take("k", ONE_PER_HOUR).block();
        assertThat(redisCalls).hasValue(2);

        clock.advance(Duration.ofSeconds(59));
        store.take("k", ONE_PER_HOUR).block();

        assertThat(redisCalls).hasValue(2);
        assertThat(store.degraded()).isTrue();
    }

    private FallbackRateLimitStore withRetryAfterOfOneMinute() {
        return new FallbackRateLimitStore(redis, new InMemoryRateLimitStore(), Duration.ofSeconds(1), Duration.ofMinutes(1),
                meters, clock);
    }
}
