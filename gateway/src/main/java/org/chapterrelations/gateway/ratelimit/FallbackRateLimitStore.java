package org.chapterrelations.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Redis first; when Redis fails or is slow, this instance's in-memory buckets decide instead, so
 * clients stay limited (per instance rather than across instances) instead of being let through
 * unchecked or all refused. After a failure Redis is left alone for {@code retryAfter}, so a dead
 * Redis does not add its timeout to every request. Counted in {@code gateway.rate_limit.fallback}
 * and shown by the {@code gateway.rate_limit.degraded} gauge (1 while deciding in memory).
 */
public class FallbackRateLimitStore implements RateLimitStore {

    private static final Log log = LogFactory.getLog(FallbackRateLimitStore.class);

    private final RateLimitStore primary;

    private final RateLimitStore fallback;

    private final Duration timeout;

    private final Duration retryAfter;

    private final Counter fallbacks;

    /** System.nanoTime() before which Redis is not tried; 0 while Redis is healthy. */
    private final AtomicLong bypassUntil = new AtomicLong();

    public FallbackRateLimitStore(RateLimitStore primary, RateLimitStore fallback, Duration timeout,
            Duration retryAfter, MeterRegistry meters) {
        this.primary = primary;
        this.fallback = fallback;
        this.timeout = timeout;
        this.retryAfter = retryAfter;
        this.fallbacks = Counter.builder("gateway.rate_limit.fallback")
                .description("Rate-limit decisions taken in memory because Redis failed").register(meters);
        Gauge.builder("gateway.rate_limit.degraded", bypassUntil, until -> until.get() == 0 ? 0 : 1)
                .description("1 while rate limits are kept in memory because Redis failed").register(meters);
    }

    @Override
    public Mono<Decision> take(String key, Plan plan) {
        long until = bypassUntil.get();
        if (until != 0 && System.nanoTime() < until) {
            return decideInMemory(key, plan);
        }
        return primary.take(key, plan)
                .timeout(timeout)
                .doOnNext(decision -> recovered())
                .onErrorResume(ex -> {
                    failed(ex);
                    return decideInMemory(key, plan);
                });
    }

    public boolean degraded() {
        return bypassUntil.get() != 0;
    }

    private Mono<Decision> decideInMemory(String key, Plan plan) {
        fallbacks.increment();
        return fallback.take(key, plan);
    }

    private void failed(Throwable ex) {
        long previous = bypassUntil.getAndSet(System.nanoTime() + retryAfter.toNanos());
        if (previous == 0) {
            log.warn("Redis failed for rate limiting (" + ex + "); limiting in memory on this instance, retrying Redis every "
                    + retryAfter.toSeconds() + " s");
        }
    }

    private void recovered() {
        if (bypassUntil.getAndSet(0) != 0) {
            log.info("Redis is back: rate limits are shared across gateway instances again");
        }
    }
}
