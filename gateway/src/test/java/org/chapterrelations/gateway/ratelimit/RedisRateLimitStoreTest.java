package org.chapterrelations.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import com.github.fppt.jedismock.RedisServer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Flux;

/** Bucket4j's buckets in a Redis-protocol server (jedis-mock), shared as two gateway instances share them. */
class RedisRateLimitStoreTest {

    private static RedisServer redis;

    private static LettuceConnectionFactory connections;

    private static ReactiveStringRedisTemplate template;

    @BeforeAll
    static void startRedis() throws IOException {
        redis = RedisServer.newRedisServer().start();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.getHost(), redis.getBindPort()));
        connections.afterPropertiesSet();
        connections.start();
        template = new ReactiveStringRedisTemplate(connections);
    }

    @AfterAll
    static void stopRedis() throws IOException {
        connections.destroy();
        redis.stop();
    }

    @Test
    void twoGatewayInstancesDrawFromTheSameBucket() {
        RedisRateLimitStore first = RedisRateLimitStore.sharingClientOf(connections);
        RedisRateLimitStore second = RedisRateLimitStore.sharingClientOf(connections);
        Plan plan = new Plan(3, 1, Duration.ofHours(1));
        String key = "write:sub:" + UUID.randomUUID();

        assertThat(first.take(key, plan).block().allowed()).isTrue();
        assertThat(second.take(key, plan).block().allowed()).isTrue();
        assertThat(first.take(key, plan).block().allowed()).isTrue();
        Decision refused = second.take(key, plan).block();

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(3590L, 3600L);
    }

    @Test
    void racingInstancesNeverGetMoreThanTheBucketHolds() {
        List<RedisRateLimitStore> instances = List.of(RedisRateLimitStore.sharingClientOf(connections),
                RedisRateLimitStore.sharingClientOf(connections));
        Plan plan = new Plan(10, 1, Duration.ofHours(1));
        String key = "read:ip:" + UUID.randomUUID();

        long allowed = Flux.range(0, 40)
                .flatMap(i -> instances.get(i % 2).take(key, plan), 40)
                .filter(Decision::allowed)
                .count().block();

        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void bucketsOfDifferentClientsAreIndependent() {
        RedisRateLimitStore store = RedisRateLimitStore.sharingClientOf(connections);
        Plan plan = new Plan(1, 1, Duration.ofHours(1));

        assertThat(store.take("read:ip:192.0.2.1", plan).block().allowed()).isTrue();
        assertThat(store.take("read:ip:192.0.2.1", plan).block().allowed()).isFalse();
        assertThat(store.take("read:ip:192.0.2.2", plan).block().allowed()).isTrue();
    }

    @Test
    void aBucketIsForgottenOnceItWouldBeFullAgain() {
        RedisRateLimitStore store = RedisRateLimitStore.sharingClientOf(connections);
        Plan plan = new Plan(3, 1, Duration.ofHours(1));
        String key = "read:ip:" + UUID.randomUUID();

        store.take(key, plan).block();

        // One token taken, one hour to get it back, then a second's grace.
        Long secondsToLive = template.getExpire(RedisRateLimitStore.redisKey(key, plan)).block().toSeconds();
        assertThat(secondsToLive).isBetween(3595L, 3601L);
        assertThat(RedisRateLimitStore.redisKey(key, plan)).startsWith("gateway:rate-limit:" + key);
    }

    @Test
    void aChangedPlanAppliesAtOnceToABusyClient() {
        RedisRateLimitStore store = RedisRateLimitStore.sharingClientOf(connections);
        String key = "write:sub:" + UUID.randomUUID();
        Plan strict = new Plan(1, 1, Duration.ofHours(1));
        store.take(key, strict).block();
        assertThat(store.take(key, strict).block().allowed()).isFalse();

        assertThat(store.take(key, new Plan(5, 1, Duration.ofHours(1))).block().allowed()).isTrue();
    }

    @Test
    void fallbackUsesRedisWhileItAnswers() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FallbackRateLimitStore store = new FallbackRateLimitStore(RedisRateLimitStore.sharingClientOf(connections),
                new InMemoryRateLimitStore(), Duration.ofSeconds(1), Duration.ofSeconds(5), meters);
        Plan plan = new Plan(1, 1, Duration.ofHours(1));
        String key = "sensitive:sub:" + UUID.randomUUID();

        assertThat(store.take(key, plan).block().allowed()).isTrue();
        // A second instance (its own memory) sees the token already taken: the state is in Redis.
        assertThat(RedisRateLimitStore.sharingClientOf(connections).take(key, plan).block().allowed()).isFalse();
        assertThat(store.degraded()).isFalse();
        assertThat(meters.get("gateway.rate_limit.fallback").counter().count()).isZero();
    }
}
