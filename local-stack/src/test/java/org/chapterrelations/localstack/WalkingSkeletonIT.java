package org.chapterrelations.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.chapterrelations.localstack.client.directory.api.ChaptersApi;
import org.chapterrelations.localstack.client.directory.model.ChapterForm;
import org.chapterrelations.localstack.client.directory.model.ChapterView;
import org.chapterrelations.localstack.client.survey.api.RosterApi;
import org.chapterrelations.localstack.client.survey.model.RosterEntry;
import org.chapterrelations.localstack.sample.SampleDataSeeder;
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
    /** Codes outside the sample data, so the seeding test counts exactly the 59 sample chapters. */
    private static final String GREAT_PLAINS = """
            {"code":"GPLA","name":"Great Plains Library Alliance","kind":"regional","state":"NE","states":["NE","KS"]}""";
    private static final int SAMPLE_CHAPTERS = 59;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningStack stack;
    private static String staffToken;

    @BeforeAll
    static void startStack() throws IOException {
        stack = LocalStack.start(TestStacks.fresh("walking-skeleton", PORT_OFFSET));
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
        HttpResponse<String> created = post("/api/directory/chapters", GREAT_PLAINS);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> publicEntry = send(request("/api/directory/chapters/GPLA", null).GET());
        assertThat(publicEntry.statusCode()).isEqualTo(200);
        assertThat(publicEntry.body()).contains("Great Plains Library Alliance");

        await("survey roster lists GPLA").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> pageHoldsChapter("/api/surveys/roster?size=200", "GPLA"));
        await("notification read model knows GPLA").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> pageHoldsChapter("/api/notifications/chapters?size=200", "GPLA"));
    }

    @Test
    void sampleDataLoadsOnceThroughTheApiAndReachesTheOtherServices() throws Exception {
        SampleDataSeeder seeder = SampleDataSeeder.chaptersOnly(stack);

        SampleDataSeeder.SeedReport first = seeder.seed();
        assertThat(first.refusals()).isEmpty();
        assertThat(first.loaded("chapters")).isEqualTo(SAMPLE_CHAPTERS);
        assertThat(first.alreadyPresent("chapters")).isZero();

        HttpResponse<String> staffCsv = send(request("/api/directory/chapters/export.csv", staffToken).GET());
        assertThat(staffCsv.statusCode()).isEqualTo(200);
        assertThat(staffCsv.body().lines().filter(line -> line.endsWith(",true"))).hasSize(SAMPLE_CHAPTERS);
        await("the last sample chapter reaches the survey roster").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> pageHoldsChapter("/api/surveys/roster?size=200", "SELA")
                        && pageHoldsChapter("/api/surveys/roster?size=200", "TX-UNT"));

        SampleDataSeeder.SeedReport again = seeder.seed();
        assertThat(again.loaded("chapters")).isZero();
        assertThat(again.alreadyPresent("chapters")).isEqualTo(SAMPLE_CHAPTERS);
    }

    @Test
    void officerAppointedThroughTheGatewayReachesTheNotificationRecipients() throws IOException {
        assertThat(post("/api/directory/chapters", """
                {"code":"PRLA","name":"Prairie Library Alliance","kind":"regional","state":"KS","states":["KS","OK"]}""").statusCode())
                .isEqualTo(201);
        HttpResponse<String> person = post("/api/directory/people", """
                {"givenName":"Dana","familyName":"Whitfield","email":"dana.whitfield@example.org"}""");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
        String personId = JSON.readTree(person.body()).path("id").asString();

        HttpResponse<String> appointed = post("/api/directory/chapters/PRLA/officers", """
                {"personId":"%s","role":"president","start":"%s"}""".formatted(personId, LocalDate.now(ZoneOffset.UTC)));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);

        await("notification-service knows the new president").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    HttpResponse<String> officers = send(request("/api/notifications/chapters/PRLA/officers", staffToken).GET());
                    assertThat(officers.statusCode()).isEqualTo(200);
                    assertThat(officers.body()).contains("Dana Whitfield", "president", "dana.whitfield@example.org");
                });
    }

    /** Clients generated from docs/api/openapi/*.json (at generate-test-sources) work through the real gateway. */
    @Test
    void generatedClientsRegisterAChapterAndReadItBackAndTheRosterThroughTheGateway() throws Exception {
        var staffDirectory = new org.chapterrelations.localstack.client.directory.ApiClient()
                .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + staffToken));
        staffDirectory.updateBaseUri(stack.gatewayUrl());
        var anonymousDirectory = new org.chapterrelations.localstack.client.directory.ApiClient();
        anonymousDirectory.updateBaseUri(stack.gatewayUrl());
        var staffSurveys = new org.chapterrelations.localstack.client.survey.ApiClient()
                .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + staffToken));
        staffSurveys.updateBaseUri(stack.gatewayUrl());

        ChapterView registered = new ChaptersApi(staffDirectory).registerChapter(new ChapterForm().code("OKLA")
                .name("Oklahoma Library Alliance").kind(ChapterForm.KindEnum.REGIONAL).state("OK")
                .states(List.of("OK", "AR")));
        ChapterView readBack = new ChaptersApi(anonymousDirectory).getChapter("OKLA");

        assertThat(registered.getCode()).isEqualTo("OKLA");
        assertThat(readBack.getName()).isEqualTo("Oklahoma Library Alliance");
        assertThat(readBack.getStates()).containsExactly("OK", "AR");
        await("the generated survey client sees OKLA on the roster").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> new RosterApi(staffSurveys).listRoster(0, 200, null).getContent().stream()
                        .map(RosterEntry::getChapterId).anyMatch("OKLA"::equals));
    }

    @Test
    void registeringAChapterWithoutATokenIsUnauthorized() {
        HttpResponse<String> response = send(request("/api/directory/chapters", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GREAT_PLAINS.replace("GPLA", "HPLA"))));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(send(request("/api/directory/chapters/HPLA", null).GET()).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> post(String path, String json) {
        return send(request(path, staffToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static boolean pageHoldsChapter(String path, String chapterId) {
        HttpResponse<String> response = send(request(path, staffToken).GET());
        if (response.statusCode() != 200) {
            return false;
        }
        JsonNode content = JSON.readTree(response.body()).path("content");
        for (JsonNode entry : content) {
            if (chapterId.equals(entry.path("chapterId").asString())) {
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

    /**
     * One request, sent again after the gateway's {@code Retry-After} when it answers 429, as a client should:
     * the tests of this class share one client's rate limits, and seeding the sample data spends its writes.
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        HttpResponse<String> first = sendOnce(built);
        if (first.statusCode() != 429) {
            return first;
        }
        long retryAfter = Math.max(1, first.headers().firstValueAsLong("Retry-After").orElse(1));
        return await("the gateway's rate limit lets " + built.method() + " " + built.uri().getPath() + " through")
                .atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofSeconds(retryAfter))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> sendOnce(built), response -> response.statusCode() != 429);
    }

    private static HttpResponse<String> sendOnce(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
