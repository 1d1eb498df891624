package org.chapterrelations.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Buckets in Redis, so every gateway instance draws from the same ones: Bucket4j's compare-and-swap
 * buckets over the Lettuce client that Spring Data Redis configured ({@code spring.data.redis.*}).
 * A key expires a second after its bucket would be full again, so idle clients cost Redis nothing.
 */
public class RedisRateLimitStore implements RateLimitStore {

    static final String KEY_PREFIX = "gateway:rate-limit:";

    private static final RedisCodec<String, byte[]> KEYS_AND_STATES = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private static final ExpirationAfterWriteStrategy GONE_ONCE_FULL = ExpirationAfterWriteStrategy
            .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1));

    /** Connects on first use, and again on the next use after a failed attempt: Redis may be down at start-up. */
    private final Mono<AsyncProxyManager<String>> buckets;

    RedisRateLimitStore(Callable<AsyncProxyManager<String>> connect) {
        this.buckets = Mono.fromCallable(connect)
                .subscribeOn(Schedulers.boundedElastic()) // Lettuce's connect blocks
                .cache(connected -> Duration.ofMillis(Long.MAX_VALUE), failed -> Duration.ZERO, () -> Duration.ZERO);
    }

    /** Its own connection, from the client (addresses, credentials, timeouts) of the application's factory. */
    public static RedisRateLimitStore sharingClientOf(LettuceConnectionFactory connections) {
        AbstractRedisClient client = connections.getRequiredNativeClient();
        if (client instanceof RedisClusterClient cluster) {
            return new RedisRateLimitStore(() -> Bucket4jLettuce.casBasedBuilder(cluster.connect(KEYS_AND_STATES))
                    .expirationAfterWrite(GONE_ONCE_FULL).build().asAsync());
        }
        RedisClient standalone = (RedisClient) client;
        return new RedisRateLimitStore(() -> Bucket4jLettuce.casBasedBuilder(standalone.connect(KEYS_AND_STATES))
                .expirationAfterWrite(GONE_ONCE_FULL).build().asAsync());
    }

    /** Connects in the background, so that the first request does not wait for the connection (nor time out on it). */
    RedisRateLimitStore connectingNow() {
        buckets.subscribe(connected -> { }, failed -> { }); // a failure is retried by the first request
        return this;
    }

    @Override
    public Mono<Decision> take(String key, Plan plan) {
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(Buckets.limitOf(plan)).build();
        return buckets.flatMap(proxies -> Mono.fromFuture(
                        () -> proxies.builder().build(redisKey(key, plan), configuration).tryConsumeAndReturnRemaining(1)))
                .map(Buckets::decisionOf);
    }

    /**
     * Bucket4j keeps a bucket's configuration with its state in Redis, and would go on applying the old
     * plan to a busy client after an operator changed it: naming the plan in the key starts new buckets.
     */
    static String redisKey(String key, Plan plan) {
        return KEY_PREFIX + key + "@" + plan.capacity() + "/" + plan.refillTokens() + "/" + plan.refillPeriod();
    }
}
