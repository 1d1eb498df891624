package org.chapterrelations.platform.web.security;

import java.io.IOException;

import org.chapterrelations.platform.web.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security every service shares: a stateless OAuth2 resource server validating JWTs (issuer and
 * JWKS from {@code spring.security.oauth2.resourceserver.jwt.*}), roles from the {@code roles} claim,
 * problem+json for 401 and 403, and open health, metrics and API docs. Each service adds its own rules.
 */
public final class PlatformSecurity {

    private PlatformSecurity() {
    }

    public static SecurityFilterChain build(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> serviceRules) {
        RolesJwtAuthenticationConverter converter = new RolesJwtAuthenticationConverter();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                            "/actuator/prometheus", "/v3/api-docs/**", "/error").permitAll();
                    serviceRules.customize(rules);
                    rules.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(PlatformSecurity::unauthorized)
                        .accessDeniedHandler(PlatformSecurity::forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(PlatformSecurity::unauthorized)
                        .accessDeniedHandler(PlatformSecurity::forbidden));
        return http.build();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException ex) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException ex) throws IOException {
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }
}
