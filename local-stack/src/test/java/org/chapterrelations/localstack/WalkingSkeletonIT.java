package org.chapterrelations.localstack;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole platform as a user runs it: real auth server, gateway, services, Kafka and MongoDB-wire
 * server, started by the same launcher as {@code ./run-local.sh}, on shifted ports beside any running stack.
 */
class WalkingSkeletonIT {

    /** Keeps every port below Linux's ephemeral range (32768+), so no client socket can hold one. */
    private static final int PORT_OFFSET = 1000;
    private static final String NEBRASKA = """
            {"code":"NE","name":"Nebraska Library Association","kind":"state","state":"NE"}""";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningStack stack;
    private static String staffToken;

    @BeforeAll
    static void startStack() throws IOException {
        Path dataDir = Path.of("target", "walking-skeleton").toAbsolutePath();
        deleteRecursively(dataDir);
        StackOptions options = StackOptions.defaults(LauncherPaths.repoRoot(null))
                .withDataDir(dataDir)
                .withPortOffset(PORT_OFFSET)
                .withReadyTimeout(Duration.ofSeconds(300));
        stack = LocalStack.start(options);
        stack.printTable(System.out);
        staffToken = new DemoTokens(stack.authUrl()).accessToken("staff");
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void chapterRegisteredThroughTheGatewayReachesTheSurveyRosterAndTheNotificationReadModel() {
        HttpResponse<String> created = send(request("/api/directory/chapters", staffToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(NEBRASKA)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> publicEntry = send(request("/api/directory/chapters/NE", null).GET());
        assertThat(publicEntry.statusCode()).isEqualTo(200);
        assertThat(publicEntry.body()).contains("Nebraska Library Association");

        await("survey roster lists NE").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> pageHoldsChapter("/api/surveys/roster?size=200", "NE"));
        await("notification read model knows NE").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> pageHoldsChapter("/api/notifications/chapters?size=200", "NE"));
    }

    @Test
    void officerAppointedThroughTheGatewayReachesTheNotificationRecipients() throws IOException {
        assertThat(post("/api/directory/chapters", """
                {"code":"KS","name":"Kansas Library Association","kind":"state","state":"KS"}""").statusCode())
                .isEqualTo(201);
        HttpResponse<String> person = post("/api/directory/people", """
                {"givenName":"Dana","familyName":"Whitfield","email":"dana.whitfield@example.org"}""");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
        String personId = JSON.readTree(person.body()).path("id").asText();

        HttpResponse<String> appointed = post("/api/directory/chapters/KS/officers", """
                {"personId":"%s","role":"president","start":"%s"}""".formatted(personId, LocalDate.now(ZoneOffset.UTC)));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);

        await("notification-service knows the new president").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    HttpResponse<String> officers = send(request("/api/notifications/chapters/KS/officers", staffToken).GET());
                    assertThat(officers.statusCode()).isEqualTo(200);
                    assertThat(officers.body()).contains("Dana Whitfield", "president", "dana.whitfield@example.org");
                });
    }

    @Test
    void registeringAChapterWithoutATokenIsUnauthorized() {
        HttpResponse<String> response = send(request("/api/directory/chapters", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(NEBRASKA.replace("NE", "IA"))));
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> post(String path, String json) {
        return send(request(path, staffToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static boolean pageHoldsChapter(String path, String chapterId) throws IOException {
        HttpResponse<String> response = send(request(path, staffToken).GET());
        if (response.statusCode() != 200) {
            return false;
        }
        JsonNode content = JSON.readTree(response.body()).path("content");
        for (JsonNode entry : content) {
            if (chapterId.equals(entry.path("chapterId").asText())) {
                return true;
            }
        }
        return false;
    }

    private static HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(15));
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
