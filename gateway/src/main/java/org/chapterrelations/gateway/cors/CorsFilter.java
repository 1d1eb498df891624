package org.chapterrelations.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.chapterrelations.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * CORS for the configured web origins only. Runs before security, so a browser's preflight (which
 * never carries a token) is answered here; a cross-origin request from any other origin gets 403
 * problem+json and no {@code Access-Control-Allow-Origin}. Bearer tokens, not cookies: no credentials.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class CorsFilter implements WebFilter {

    private final CorsConfiguration configuration;

    private final CorsProcessor processor = new DefaultCorsProcessor();

    public CorsFilter(CorsProperties properties) {
        this.configuration = configuration(properties.allowedOrigins());
    }

    static CorsConfiguration configuration(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Accept-Language",
                "If-None-Match", "If-Match", "X-Request-Id", "traceparent", "tracestate"));
        cors.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id", "Retry-After", "Content-Disposition"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        return cors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            exchange.getResponse().getHeaders().remove("Access-Control-Allow-Origin");
            return ProblemWriter.write(exchange, HttpStatus.FORBIDDEN,
                    "This origin may not call the API from a browser.");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }
}
