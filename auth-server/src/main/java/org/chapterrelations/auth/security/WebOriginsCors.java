package org.chapterrelations.auth.security;

import java.time.Duration;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * A browser app on another origin (the web console, served by the gateway) redeems its authorization code
 * with a script, so the token endpoint must answer it with CORS headers; the JWKS too, for apps that check
 * signatures. Only the configured origins, no cookies: every other endpoint is reached by navigation
 * (authorize, login, logout), not by script, and gets no CORS headers.
 */
final class WebOriginsCors {

    static final List<String> SCRIPT_ENDPOINTS = List.of("/oauth2/token", "/oauth2/jwks");

    private WebOriginsCors() {
    }

    static CorsConfigurationSource source(List<String> webOrigins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(webOrigins);
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Content-Type", "Accept"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        SCRIPT_ENDPOINTS.forEach(path -> source.registerCorsConfiguration(path, cors));
        return source;
    }
}
