package org.chapterrelations.gateway;

import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One running gateway shared by all tests (same properties, so one cached context), in front of real
 * HTTP backends and a real JWKS endpoint. The notification service is down: its URL is a closed port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayTestSupport {

    protected static final TestIdentityProvider IDP = TestIdentityProvider.get();
    protected static final RecordingBackend DIRECTORY = RecordingBackend.start("directory");
    protected static final RecordingBackend LEGISLATION = RecordingBackend.start("legislation");
    protected static final RecordingBackend SURVEYS = RecordingBackend.start("surveys");
    protected static final String NOTIFICATIONS_DOWN = RecordingBackend.closedUrl();

    protected static final String RESPONSE_TIMEOUT = "2s";
    protected static final String MAX_BODY = "64KB";
    protected static final String MAX_IMPORT_BODY = "256KB";

    @LocalServerPort
    protected int port;

    protected WebTestClient client;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDP::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDP::jwkSetUri);
        registry.add("DIRECTORY_URL", DIRECTORY::url);
        registry.add("LEGISLATION_URL", LEGISLATION::url);
        registry.add("SURVEY_URL", SURVEYS::url);
        registry.add("NOTIFICATION_URL", () -> NOTIFICATIONS_DOWN);
        // Small limits so tests need neither large bodies nor long waits.
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> RESPONSE_TIMEOUT);
        registry.add("gateway.limits.max-body", () -> MAX_BODY);
        registry.add("gateway.limits.larger-bodies[0].path", () -> "/api/**/imports/**");
        registry.add("gateway.limits.larger-bodies[0].max-body", () -> MAX_IMPORT_BODY);
        registry.add("gateway.circuit-breaker.window-size", () -> "10");
        registry.add("gateway.circuit-breaker.minimum-calls", () -> "5");
    }

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        DIRECTORY.forget();
        LEGISLATION.forget();
        SURVEYS.forget();
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
