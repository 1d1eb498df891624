package org.chapterrelations.auth.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.chapterrelations.auth.AuthProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security filter chains. Declaring any chain switches off Boot's default authorization-server
 * chains ({@code @ConditionalOnDefaultWebSecurity}), so the two of them are restated here as Boot 4.0
 * builds them, with the same orders, plus an open chain for the actuator endpoints between them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityChains {

    private static final RequestMatcher AUTHORIZE = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.GET, "/oauth2/authorize");

    /**
     * Protocol endpoints (authorize, token, jwks, OIDC discovery, userinfo, logout): as Boot's chain, plus
     * CORS for the web console's token request.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http, AuthProperties properties)
            throws Exception {
        http.cors(cors -> cors.configurationSource(WebOriginsCors.source(properties.webOrigins())))
                .oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests
                        // Let the endpoint itself answer a signed-out caller's prompt=none (the web console's
                        // hidden-frame renewal) with login_required, instead of the login page no one would see.
                        .requestMatchers(SecurityChains::silentAuthorization).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browserRequests()));
        return http.build();
    }

    /** Health probes and metrics are scraped without a login. */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    /** Everything else, the login form included: as Boot's default chain. */
    @Bean
    @Order(SecurityFilterProperties.BASIC_AUTH_ORDER)
    SecurityFilterChain defaultSecurityFilterChain(HttpSecurity http, AuthProperties properties) throws Exception {
        // A browser's CORS preflight (OPTIONS) is not a protocol request: answered here for the same origins.
        http.cors(cors -> cors.configurationSource(WebOriginsCors.source(properties.webOrigins())))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /** An authorization request that must show no page (OpenID Connect prompt=none). */
    static boolean silentAuthorization(HttpServletRequest request) {
        return AUTHORIZE.matches(request) && "none".equals(request.getParameter("prompt"));
    }

    private static MediaTypeRequestMatcher browserRequests() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
