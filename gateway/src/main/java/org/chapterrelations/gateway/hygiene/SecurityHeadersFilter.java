package org.chapterrelations.gateway.hygiene;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Security headers on every response, whoever produced it (a service, the gateway's own error
 * handling, a rejected CORS request), and no header that tells an attacker which server software
 * answers. Written just before commit, after the service's headers have been copied over.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SecurityHeadersFilter implements WebFilter {

    /** Headers that only advertise software and versions. */
    static final List<String> LEAKY = List.of("Server", "X-Powered-By", "X-AspNet-Version", "X-Runtime");

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        boolean https = cameOverHttps(exchange.getRequest());
        response.beforeCommit(() -> {
            apply(response, https);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static void apply(ServerHttpResponse response, boolean https) {
        HttpHeaders headers = response.getHeaders();
        LEAKY.forEach(headers::remove);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (https) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        // API answers are per caller: nothing may cache them unless the service said how.
        if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL) && response.getStatusCode() != HttpStatus.NOT_MODIFIED) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** HTTPS here, or at the proxy or load balancer in front (HSTS sent over plain HTTP is ignored anyway). */
    static boolean cameOverHttps(ServerHttpRequest request) {
        if (request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme())) {
            return true;
        }
        String forwarded = request.getHeaders().getFirst("X-Forwarded-Proto");
        return forwarded != null && "https".equalsIgnoreCase(forwarded.split(",")[0].trim());
    }
}
