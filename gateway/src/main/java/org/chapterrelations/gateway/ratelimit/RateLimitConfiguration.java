package org.chapterrelations.gateway.ratelimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import io.micrometer.core.instrument.MeterRegistry;

/** The limiter: in memory, or Redis with an in-memory fallback when {@code gateway.rate-limit.store=redis}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    RateLimitStore rateLimitStore(RateLimitProperties properties, ObjectProvider<LettuceConnectionFactory> redis,
            MeterRegistry meters) {
        InMemoryRateLimitStore memory = new InMemoryRateLimitStore();
        if (properties.store() == RateLimitProperties.Store.MEMORY) {
            return memory;
        }
        return new FallbackRateLimitStore(RedisRateLimitStore.sharingClientOf(redis.getObject()).connectingNow(), memory,
                properties.redisTimeout(), properties.redisRetryAfter(), meters);
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, RateLimitStore store, MeterRegistry meters) {
        return new RateLimitFilter(properties, store, meters);
    }
}
