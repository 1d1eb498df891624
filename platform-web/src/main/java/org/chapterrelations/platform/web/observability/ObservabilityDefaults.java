package org.chapterrelations.platform.web.observability;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Tracing and log settings every service shares, at the lowest precedence so a service may still
 * override them (the gateway, which is no servlet service, carries the same lines in its own yml).
 *
 * <ul>
 * <li>W3C {@code traceparent} (and a caller's {@code tracestate}) in and out, not B3; every action
 * sampled unless {@code TRACING_SAMPLING} says otherwise;</li>
 * <li>spans go to Zipkin only when {@code ZIPKIN_ENABLED=true}: nothing listens on 9411 in the local
 * run, and a reporter with no collector logs warnings and drops spans;</li>
 * <li>console logs as JSON (Boot's ECS format, which carries the MDC's {@code traceId} and
 * {@code spanId}); {@code LOG_FORMAT=logstash} or {@code gelf} picks another, an empty {@code LOG_FORMAT}
 * gives Boot's plain text.</li>
 * </ul>
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "management.tracing.sampling.probability", "${TRACING_SAMPLING:1.0}",
            "management.tracing.propagation.type", "w3c",
            // A caller's W3C tracestate goes on with the trace (Brave keeps it as a remote baggage field).
            "management.tracing.baggage.remote-fields", "tracestate",
            "management.tracing.export.zipkin.enabled", "${ZIPKIN_ENABLED:false}",
            "management.tracing.export.zipkin.endpoint", "${ZIPKIN_ENDPOINT:http://localhost:9411/api/v2/spans}",
            "logging.structured.format.console", "${LOG_FORMAT:ecs}");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(DEFAULTS, environment.getPropertySources());
    }
}
