package org.chapterrelations.gateway.console;

import java.util.Arrays;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
 * never framed, except the silent sign-in page by the console itself (its hidden frame renews the token).
 * API answers are left as the services wrote them. Ordered after {@code SecurityHeadersFilter}, so this
 * filter's headers are written last and its {@code X-Frame-Options} for the silent page wins.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class ConsoleHeadersFilter implements WebFilter {

    /** The console's own paths; the same list is open to anonymous GETs in GatewaySecurity. */
    public static final String[] CONSOLE_PATHS = { "/", "/index.html", "/assets/**", ConsoleResources.CONFIG_PATH };

    private static final List<PathPattern> PATTERNS = Arrays.stream(CONSOLE_PATHS)
            .map(PathPatternParser.defaultInstance::parse).toList();

    /** Where the identity provider sends the hidden frame back with a new code (a registered redirect URI). */
    public static final String SILENT_SIGN_IN_PATH = "/assets/silent-sign-in.html";

    private static final String API_PREFIX = "/api/";

    private final String policy;
    private final String silentSignInPolicy;

    public ConsoleHeadersFilter(ConsoleProperties properties) {
        this.policy = policy(properties.authOrigin(), "'none'");
        this.silentSignInPolicy = policy(properties.authOrigin(), "'self'");
    }

    /** The page may frame the identity provider (which redirects back to the silent sign-in page) and itself. */
    static String policy(String authOrigin, String frameAncestors) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self' " + authOrigin,
                "frame-src 'self' " + authOrigin,
                "form-action 'self'",
                "frame-ancestors " + frameAncestors,
                "base-uri 'self'",
                "object-src 'none'");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        // API calls, nearly all of the traffic, are never console files: no pattern matching for them.
        if (!path.value().startsWith(API_PREFIX) && PATTERNS.stream().anyMatch(pattern -> pattern.matches(path))) {
            boolean silentSignIn = path.value().equals(SILENT_SIGN_IN_PATH);
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", silentSignIn ? silentSignInPolicy : policy);
                if (silentSignIn) {
                    headers.set("X-Frame-Options", "SAMEORIGIN");
                }
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
