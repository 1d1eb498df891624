package org.chapterrelations.platform.events.tracing;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns on the Kafka binder's observation, at the lowest precedence: each consumed record is handled in
 * a span continuing the trace of its {@code traceparent} header, so a handler's logs carry that trace id
 * and the events it raises stay in the trace.
 */
public class ConsumerTracingDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(Map.of("spring.cloud.stream.kafka.binder.enable-observation", "true"),
                environment.getPropertySources());
    }
}
