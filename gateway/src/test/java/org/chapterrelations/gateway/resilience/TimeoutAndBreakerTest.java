package org.chapterrelations.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.chapterrelations.gateway.RecordingBackend;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Response timeout 2 s; breakers open at 50% failures once 5 calls were seen. Notifications are down. */
class TimeoutAndBreakerTest extends GatewayTestSupport {

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void slowServiceIsAnsweredWith504ProblemAfterTheTimeoutNotWhenItFinallyAnswers() {
        long started = System.nanoTime();

        client.get().uri("/api/surveys/2025/slow").header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("survey-service did not answer in time.");

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofMillis(RecordingBackend.SLOW_MILLIS - 500));
    }

    @Test
    void deadServiceOpensItsBreakerAndFurtherCallsAreRefusedAtOnce() {
        for (int i = 0; i < 5; i++) {
            notifications().expectStatus().isEqualTo(503);
        }

        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("notification-service");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        long refusedBefore = breaker.getMetrics().getNumberOfNotPermittedCalls();
        notifications().expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("notification-service is unavailable; try again shortly.");
        assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isGreaterThan(refusedBefore);
        // One service's breaker does not touch the others.
        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("directory-service").getState())
                .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    /** A burst of legitimate calls is not a failing service: no call refused, no breaker opened. */
    @Test
    void manyConcurrentCallsToABusyButHealthyServiceAreAllServedAndItsBreakerStaysClosed() {
        int concurrent = 60;
        WebClient http = WebClient.create("http://localhost:" + port);
        List<Integer> statuses = Flux.range(0, concurrent)
                .flatMap(i -> http.get().uri("/api/directory/chapters/busy")
                        .exchangeToMono(response -> Mono.just(response.statusCode().value())), concurrent)
                .collectList().block(Duration.ofSeconds(30));

        assertThat(statuses).hasSize(concurrent).containsOnly(200);
        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("directory-service").getState())
                .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void serviceErrorsArePassedThroughAndReadsAreNotRetriedOnThem() {
        client.get().uri("/api/legislation/bills/fail")
                .exchange()
                .expectStatus().isEqualTo(500);

        assertThat(LEGISLATION.received()).hasSize(1);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec notifications() {
        return client.get().uri("/api/notifications/deliveries")
                .header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange();
    }
}
