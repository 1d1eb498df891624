package org.chapterrelations.gateway.hygiene;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the caller's when it is short and made of safe
 * characters, else a new UUID (a caller must not be able to inject text into our logs or headers).
 * The id goes to the service, back to the client (even on errors the gateway answers itself) and
 * into the gateway's own log prefix.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";

    static final int MAX_LENGTH = 128;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1," + MAX_LENGTH + "}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = acceptable(exchange.getRequest().getHeaders().getFirst(HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, requestId))
                .build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(ServerWebExchange.LOG_ID_ATTRIBUTE, requestId);
        // Set just before commit, so a service echoing the header cannot make it appear twice.
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(withId);
    }

    static String acceptable(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
