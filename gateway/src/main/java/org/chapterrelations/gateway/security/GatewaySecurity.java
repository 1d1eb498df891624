package org.chapterrelations.gateway.security;

import org.chapterrelations.gateway.console.ConsoleHeadersFilter;
import org.chapterrelations.gateway.problem.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The gateway checks who is calling; the services decide what each role may do. A token is
 * validated wherever one is sent, so a bad token is refused even on a public path rather than
 * quietly treated as anonymous. Issuer and JWKS come from
 * {@code spring.security.oauth2.resourceserver.jwt.*} through Boot's reactive JWT decoder.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

    /** What anonymous callers may read; everything else under /api needs a valid token. */
    static final String[] PUBLIC_READS = { "/api/directory/**", "/api/legislation/bills", "/api/legislation/bills/**" };

    /** The Swagger UI and the services' OpenAPI documents it shows (read-only). */
    static final String[] API_DOCS = { "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**",
            "/v3/api-docs/**" };

    static final String UNSUBSCRIBE = "/api/notifications/unsubscribe";

    /**
     * Spring Security's exchange firewall refuses paths with an encoded {@code %}, {@code ;}, {@code /} or a
     * non-character before any route; its own handler answers 400 without a body.
     */
    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler() {
        return (exchange, rejected) -> ProblemWriter.write(exchange, HttpStatus.BAD_REQUEST,
                "The request's path or parameters hold characters that are not allowed.");
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, ReactiveJwtDecoder validatingDecoder,
            TokenCacheProperties tokenCache, MeterRegistry meterRegistry) {
        ProblemSecurityResponses problems = new ProblemSecurityResponses();
        return http
                // Bearer tokens only: no cookies, so no CSRF and no session to keep.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // SecurityHeadersFilter writes them on every response, including those refused before security.
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(rules -> rules
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .pathMatchers(HttpMethod.GET, API_DOCS).permitAll()
                        // The web console's page and files: it signs its users in itself and calls /api with their token.
                        .pathMatchers(HttpMethod.GET, ConsoleHeadersFilter.CONSOLE_PATHS).permitAll()
                        // One-click unsubscribe from an email: the signed token in the link is the credential.
                        .pathMatchers(HttpMethod.GET, UNSUBSCRIBE).permitAll()
                        .pathMatchers(HttpMethod.POST, UNSUBSCRIBE).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder(validatingDecoder, tokenCache, meterRegistry))
                                .jwtAuthenticationConverter(new RolesClaimConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /** Boot's decoder (issuer, audience, expiry, signature through the JWKS), behind the cache of verified tokens. */
    private static ReactiveJwtDecoder decoder(ReactiveJwtDecoder validatingDecoder, TokenCacheProperties tokenCache,
            MeterRegistry meterRegistry) {
        if (!tokenCache.enabled()) {
            return validatingDecoder;
        }
        VerifiedTokenCache cache = new VerifiedTokenCache(validatingDecoder, tokenCache.maxEntries(),
                tokenCache.maxAge());
        cache.bindTo(meterRegistry);
        return cache;
    }
}
