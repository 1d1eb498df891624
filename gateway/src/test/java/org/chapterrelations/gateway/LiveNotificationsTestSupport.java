package org.chapterrelations.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.chapterrelations.gateway.security.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A second gateway: the notification service is up (streaming), the directory is down, the response
 * timeout is 1 s, and every attempt to reach a service is counted per method and path (the counter
 * sits inside the retry filter, so retries show up as extra attempts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LiveNotificationsTestSupport.AttemptCounting.class)
public abstract class LiveNotificationsTestSupport {

    protected static final RecordingBackend NOTIFICATIONS = RecordingBackend.start("notifications");

    protected static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        TestTokens.wireIdentityProvider(registry);
        registry.add("NOTIFICATION_URL", NOTIFICATIONS::url);
        registry.add("DIRECTORY_URL", RecordingBackend::closedUrl);
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
    }

    protected static int attempts(String method, String path) {
        return ATTEMPTS.getOrDefault(method + " " + path, new AtomicInteger()).get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AttemptCounting {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE - 10)
        GlobalFilter attemptCounter() {
            return (exchange, chain) -> {
                String key = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
                ATTEMPTS.computeIfAbsent(key, ignored -> new AtomicInteger()).incrementAndGet();
                return chain.filter(exchange);
            };
        }
    }
}
