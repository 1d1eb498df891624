package org.chapterrelations.platform.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's resource server at the {@link TestIdentityProvider}, and nothing else: Kafka and MongoDB
 * come from elsewhere (e.g. {@code @ServiceConnection} containers).
 */
public class IdentityProviderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestIdentityProvider identity = TestIdentityProvider.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testIdentityProvider", Map.of(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", identity.jwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", identity.issuer())));
    }
}
