package org.chapterrelations.gateway.console;

import java.util.Arrays;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * A Content Security Policy on the console's page and files: scripts and styles from this origin only
 * (no inline code, no eval), calls to this origin and to the identity provider's (the token request),
 * never framed. API answers are left as the services wrote them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ConsoleHeadersFilter implements WebFilter {

    /** The console's own paths; the same list is open to anonymous GETs in GatewaySecurity. */
    public static final String[] CONSOLE_PATHS = { "/", "/index.html", "/assets/**", ConsoleResources.CONFIG_PATH };

    private static final List<PathPattern> PATTERNS = Arrays.stream(CONSOLE_PATHS)
            .map(PathPatternParser.defaultInstance::parse).toList();

    private static final String API_PREFIX = "/api/";

    private final String policy;

    public ConsoleHeadersFilter(ConsoleProperties properties) {
        this.policy = policy(properties.authOrigin());
    }

    static String policy(String authOrigin) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self' " + authOrigin,
                "form-action 'self'",
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "object-src 'none'");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        // API calls, nearly all of the traffic, are never console files: no pattern matching for them.
        if (!path.value().startsWith(API_PREFIX) && PATTERNS.stream().anyMatch(pattern -> pattern.matches(path))) {
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set("Content-Security-Policy", policy);
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
