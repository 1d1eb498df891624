package org.chapterrelations.platform.test;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's Spring context at the embedded Kafka broker, a fresh database on the test JVM's
 * FerretDB server, and the test identity provider. Use with
 * {@code @ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)} or
 * {@link PlatformIntegrationTest}.
 */
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestIdentityProvider identity = TestIdentityProvider.get();
        String database = "test-" + UUID.randomUUID().toString().substring(0, 8);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedInfrastructure", Map.of(
                "spring.kafka.bootstrap-servers", EmbeddedInfrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", EmbeddedInfrastructure.mongoUri(database),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", identity.jwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", identity.issuer())));
    }
}
