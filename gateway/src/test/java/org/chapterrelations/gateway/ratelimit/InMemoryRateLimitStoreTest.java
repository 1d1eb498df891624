package org.chapterrelations.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class InMemoryRateLimitStoreTest {

    private final InMemoryRateLimitStore store = new InMemoryRateLimitStore();

    @Test
    void concurrentCallersNeverGetMoreThanTheBucketHolds() throws Exception {
        Plan plan = new Plan(100, 1, Duration.ofHours(1));
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                calls.add(pool.submit(() -> {
                    if (store.takeNow("read:ip:1.2.3.4", plan).allowed()) {
                        allowed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(allowed).hasValue(100);
    }

    @Test
    void refusalSaysHowLongUntilTheNextToken() {
        Plan plan = new Plan(1, 1, Duration.ofSeconds(30));
        assertThat(store.takeNow("k", plan).allowed()).isTrue();

        Decision refused = store.takeNow("k", plan);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(29L, 30L);
    }

    @Test
    void importsAndSignInAreSensitiveWhateverTheMethod() {
        List<String> sensitive = List.of("/api/**/imports/**", "/api/**/import*", "/oauth2/**", "/login");

        assertThat(RequestClass.of(MockServerHttpRequest.post("/api/directory/imports/chapters").build(), sensitive))
                .isEqualTo(RequestClass.SENSITIVE);
        assertThat(RequestClass.of(MockServerHttpRequest.post("/api/surveys/2025/import").build(), sensitive))
                .isEqualTo(RequestClass.SENSITIVE);
        assertThat(RequestClass.of(MockServerHttpRequest.post("/oauth2/token").build(), sensitive))
                .isEqualTo(RequestClass.SENSITIVE);
        assertThat(RequestClass.of(MockServerHttpRequest.method(HttpMethod.DELETE, "/api/directory/chapters/CA").build(),
                sensitive)).isEqualTo(RequestClass.WRITE);
        assertThat(RequestClass.of(MockServerHttpRequest.get("/api/directory/chapters").build(), sensitive))
                .isEqualTo(RequestClass.READ);
    }
}
