package org.chapterrelations.gateway.ratelimit;

import org.chapterrelations.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Takes one token per routed request from the caller's bucket for its request class; an empty bucket
 * means 429 problem+json with {@code Retry-After} (whole seconds), and the service never sees the
 * request. Runs after authentication, so a signed-in caller is counted by token subject.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    /** First among the gateway filters: a refused request costs no further work. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final RateLimitProperties properties;

    private final RateLimitStore store;

    private final ClientKeys clients;

    private final MeterRegistry meters;

    public RateLimitFilter(RateLimitProperties properties, RateLimitStore store, MeterRegistry meters) {
        this.properties = properties;
        this.store = store;
        this.clients = new ClientKeys(properties.trustedProxies());
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        RequestClass requestClass = RequestClass.of(exchange.getRequest(), properties.sensitivePaths());
        String bucketClass = requestClass.name().toLowerCase();
        return clients.keyOf(exchange)
                .flatMap(client -> store.take(bucketClass + ":" + client, properties.plan(requestClass)))
                .flatMap(decision -> {
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    meters.counter("gateway.rate_limit.refused", "class", bucketClass).increment();
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                            Long.toString(decision.retryAfterSeconds()));
                    return ProblemWriter.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                            "Too many requests; try again in " + decision.retryAfterSeconds() + " s.");
                });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
