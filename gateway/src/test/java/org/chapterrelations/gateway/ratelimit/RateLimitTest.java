package org.chapterrelations.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.chapterrelations.gateway.RecordingBackend;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Tiny buckets that never refill during the test, kept in Redis at an address where nothing listens:
 * so every limit seen here is enforced by the in-memory fallback. The test client's address
 * (loopback) is a trusted proxy, so each test plays its own clients through {@code X-Forwarded-For}.
 */
class RateLimitTest extends GatewayTestSupport {

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(1);

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void tinyBucketsAndADeadRedis(DynamicPropertyRegistry registry) {
        registry.add("gateway.rate-limit.store", () -> "redis");
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> RecordingBackend.closedUrl().replaceAll(".*:", ""));
        registry.add("gateway.rate-limit.trusted-proxies", () -> "127.0.0.1/32,::1");
        for (String plan : List.of("read:3", "write:2", "sensitive:1")) {
            String[] nameAndCapacity = plan.split(":");
            String prefix = "gateway.rate-limit." + nameAndCapacity[0];
            registry.add(prefix + ".capacity", () -> nameAndCapacity[1]);
            registry.add(prefix + ".refill-tokens", () -> "1");
            registry.add(prefix + ".refill-period", () -> "1h");
        }
    }

    @Test
    void anonymousReadsAreLimitedPerClientAddressWith429ProblemAndRetryAfter() {
        String address = nextClientIp();
        for (int i = 0; i < 3; i++) {
            read(address).expectStatus().isOk();
        }
        DIRECTORY.forget();

        String retryAfter = read(address)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.title").isEqualTo("Too Many Requests")
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        assertThat(DIRECTORY.received()).isEmpty();
        read(nextClientIp()).expectStatus().isOk();
    }

    @Test
    void writesAreStricterThanReadsAndDrawFromTheirOwnBucket() {
        String token = IDP.token("writer-" + UUID.randomUUID(), List.of("staff"), null);
        String address = nextClientIp();
        write(token, address, "/api/directory/chapters").expectStatus().isCreated();
        write(token, address, "/api/directory/chapters").expectStatus().isCreated();

        write(token, address, "/api/directory/chapters").expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        client.get().uri("/api/directory/chapters").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("X-Forwarded-For", address)
                .exchange().expectStatus().isOk();
    }

    @Test
    void importsAreTheStrictest() {
        String token = IDP.token("importer-" + UUID.randomUUID(), List.of("staff"), null);
        String address = nextClientIp();
        write(token, address, "/api/directory/imports/chapters").expectStatus().isCreated();

        write(token, address, "/api/directory/imports/chapters").expectStatus().isEqualTo(429);
        write(token, address, "/api/directory/chapters").expectStatus().isCreated();
    }

    @Test
    void signedInCallersAreCountedByTokenSubjectNotByAddress() {
        String sharedAddress = nextClientIp();
        String alice = IDP.token("alice-" + UUID.randomUUID(), List.of("staff"), null);
        String bob = IDP.token("bob-" + UUID.randomUUID(), List.of("staff"), null);
        write(alice, sharedAddress, "/api/directory/chapters").expectStatus().isCreated();
        write(alice, sharedAddress, "/api/directory/chapters").expectStatus().isCreated();
        write(alice, sharedAddress, "/api/directory/chapters").expectStatus().isEqualTo(429);

        write(bob, sharedAddress, "/api/directory/chapters").expectStatus().isCreated();
        // Alice moving to another network does not give her a new bucket.
        write(alice, nextClientIp(), "/api/directory/chapters").expectStatus().isEqualTo(429);
    }

    @Test
    void withRedisDownTheGatewayLimitsInMemoryPromptlyAndSaysSo() {
        String address = nextClientIp();
        long started = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            read(address).expectStatus().isOk();
        }
        read(address).expectStatus().isEqualTo(429);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(meters.get("gateway.rate_limit.fallback").counter().count()).isGreaterThanOrEqualTo(4);
        assertThat(meters.get("gateway.rate_limit.degraded").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("gateway.rate_limit.refused").tag("class", "read").counter().count()).isPositive();
    }

    private WebTestClient.ResponseSpec read(String clientIp) {
        return client.get().uri("/api/directory/chapters").header("X-Forwarded-For", clientIp).exchange();
    }

    private WebTestClient.ResponseSpec write(String token, String clientIp, String path) {
        return client.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("X-Forwarded-For", clientIp)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"code\":\"CA\"}")
                .exchange();
    }

    private static String nextClientIp() {
        int n = NEXT_CLIENT.getAndIncrement();
        return "198.51.100." + n;
    }
}
