package org.chapterrelations.gateway.ratelimit;

import java.util.List;

import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import reactor.core.publisher.Mono;

/** Buckets in Redis, so every gateway instance draws from the same ones (one Lua script per take). */
public class RedisRateLimitStore implements RateLimitStore {

    static final String KEY_PREFIX = "gateway:rate-limit:";

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static final RedisScript<List<Long>> TOKEN_BUCKET = (RedisScript) RedisScript
            .of(new ClassPathResource("ratelimit/token-bucket.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;

    public RedisRateLimitStore(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Decision> take(String key, Plan plan) {
        List<String> args = List.of(Long.toString(plan.capacity()), Long.toString(plan.refillTokens()),
                Long.toString(plan.refillPeriod().toMillis()));
        return redis.execute(TOKEN_BUCKET, List.of(KEY_PREFIX + key), args)
                .next()
                .map(result -> result.get(0) == 1L ? Decision.allow()
                        : Decision.refuseForNanos(result.get(1) * 1_000_000L));
    }
}
