package org.chapterrelations.gateway.security;

import org.chapterrelations.platform.test.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The JVM's one test identity provider, for gateways started with their own properties. */
public final class TestTokens {

    public static final TestIdentityProvider IDP = TestIdentityProvider.get();

    private TestTokens() {
    }

    public static void wireIdentityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDP::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDP::jwkSetUri);
    }
}
