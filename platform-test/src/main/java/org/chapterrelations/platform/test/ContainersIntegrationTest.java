package org.chapterrelations.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The Docker variant of {@link PlatformIntegrationTest}: a {@code @SpringBootTest} on a random port against
 * Kafka and MongoDB containers ({@link ContainersConfig}) and the test identity provider. Where no Docker
 * engine answers, the whole class is reported as skipped before any context starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ContainersConfig.class)
@ContextConfiguration(initializers = IdentityProviderInitializer.class)
@Testcontainers(disabledWithoutDocker = true)
public @interface ContainersIntegrationTest {

    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
