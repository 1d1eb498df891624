package org.chapterrelations.gateway.ratelimit;

import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;

import reactor.core.publisher.Mono;

/** Keeps the token buckets: takes one token from the bucket {@code key} that follows {@code plan}. */
public interface RateLimitStore {

    Mono<Decision> take(String key, Plan plan);
}
