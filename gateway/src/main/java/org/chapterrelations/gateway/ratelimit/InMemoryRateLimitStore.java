package org.chapterrelations.gateway.ratelimit;

import java.time.Duration;

import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import reactor.core.publisher.Mono;

/**
 * Buckets in this gateway's memory (Bucket4j's lock-free local buckets). Idle buckets are dropped
 * after ten minutes, by which time any of them would have refilled completely, and the number of
 * buckets is capped so a flood of distinct addresses cannot exhaust the heap.
 */
public class InMemoryRateLimitStore implements RateLimitStore {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    @Override
    public Mono<Decision> take(String key, Plan plan) {
        return Mono.fromSupplier(() -> takeNow(key, plan));
    }

    Decision takeNow(String key, Plan plan) {
        Bucket bucket = buckets.get(key, ignored -> Bucket.builder().addLimit(Buckets.limitOf(plan)).build());
        return Buckets.decisionOf(bucket.tryConsumeAndReturnRemaining(1));
    }
}
