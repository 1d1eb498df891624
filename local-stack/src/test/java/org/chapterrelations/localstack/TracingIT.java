package org.chapterrelations.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One user action, one trace: a chapter registered through the gateway with a caller's {@code traceparent}
 * is traced by the gateway, directory-service (which publishes the event) and the services that consume
 * it, all under the caller's trace id, and their JSON log lines carry it.
 */
class TracingIT {

    private static final int PORT_OFFSET = 4000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ZipkinCollector zipkin;
    private static RunningStack stack;
    private static Path logDir;
    private static String staffToken;

    @BeforeAll
    static void startStack() throws IOException {
        zipkin = new ZipkinCollector();
        StackOptions options = TestStacks.fresh("tracing", PORT_OFFSET)
                .withServices(List.of("auth-server", "directory-service", "survey-service", "notification-service",
                        "gateway"))
                .withEnvironment(Map.of(
                        "ZIPKIN_ENABLED", "true",
                        "ZIPKIN_ENDPOINT", zipkin.endpoint(),
                        // Consumers log each applied event at debug: the log line the last test looks for.
                        "LOGGING_LEVEL_ORG_CHAPTERRELATIONS_PLATFORM_EVENTS_CONSUMER", "DEBUG"));
        stack = LocalStack.start(options);
        logDir = options.logDir();
        staffToken = new DemoTokens(stack.authUrl()).accessToken("staff");
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        if (zipkin != null) {
            zipkin.close();
        }
    }

    @Test
    void aChapterRegisteredThroughTheGatewayIsOneTraceAcrossHttpKafkaAndEveryConsumer() throws Exception {
        String traceId = newTraceId();

        registerChapter("TRCE", "Trace Library Alliance", traceId);

        // Each process reports a span when it ends, so the store's client spans can arrive before the request's.
        await("spans of the trace from every process that took part").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    assertThat(servicesIn(traceId))
                            .contains("gateway", "directory-service", "survey-service", "notification-service");
                    List<JsonNode> spans = zipkin.trace(traceId);
                    assertThat(kinds(spans, "directory-service")).as("the request served, the event produced")
                            .contains("SERVER", "PRODUCER");
                    assertThat(kinds(spans, "survey-service")).as("survey-service consumed the event")
                            .contains("CONSUMER");
                    assertThat(kinds(spans, "notification-service")).as("notification-service consumed the event")
                            .contains("CONSUMER");
                });
    }

    @Test
    void logLinesAreJsonCarryingTheTraceAndSpanIds() throws Exception {
        String traceId = newTraceId();

        registerChapter("LOGS", "Log Library Alliance", traceId);

        await("survey-service logs applying the event in the caller's trace").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !logLinesWithTrace("survey-service", traceId).isEmpty());
        JsonNode line = logLinesWithTrace("survey-service", traceId).get(0);
        assertThat(line.path("message").asString()).contains("applied event");
        assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}");
        assertThat(line.path("service").path("name").asString()).isEqualTo("survey-service");
    }

    /** Registers a chapter through the gateway as a caller already in a trace (its own span id, sampled). */
    private static void registerChapter(String code, String name, String traceId) throws Exception {
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
        String body = """
                {"code":"%s","name":"%s","kind":"regional","state":"NE","states":["NE","KS"]}""".formatted(code, name);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.gatewayUrl() + "/api/directory/chapters"))
                .header("Authorization", "Bearer " + staffToken)
                .header("Content-Type", "application/json")
                .header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static String newTraceId() {
        return HexFormat.of().formatHex(randomBytes(16));
    }

    private static List<String> kinds(List<JsonNode> spans, String service) {
        return spans.stream().filter(span -> service.equals(ZipkinCollector.service(span)))
                .map(span -> span.path("kind").asString()).toList();
    }

    private static Set<String> servicesIn(String traceId) {
        return zipkin.trace(traceId).stream().map(ZipkinCollector::service).collect(Collectors.toSet());
    }

    /** The log lines of a service that carry this trace id; a line that opens like JSON must be JSON. */
    private static List<JsonNode> logLinesWithTrace(String service, String traceId) throws IOException {
        return Files.readAllLines(logDir.resolve(service + ".log"), UTF_8).stream()
                .filter(line -> line.startsWith("{"))
                .map(TracingIT::parse)
                .filter(json -> traceId.equals(json.path("traceId").asString()))
                .toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        }
        catch (JacksonException ex) {
            throw new AssertionError("not a JSON log line: " + line, ex);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
