package org.chapterrelations.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the sample chapters ({@code seed/chapters.json}) through the gateway's public API as the demo
 * staff user, so they flow to every service as real events. Idempotent: a code that exists (409) is
 * left alone. Only the interactive local run seeds; tests start from an empty store.
 */
final class SampleDataSeeder {

    private static final String SEED = "/seed/chapters.json";
    private static final int MAX_ATTEMPTS = 5;

    private final RunningStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SampleDataSeeder(RunningStack stack) {
        this.stack = stack;
    }

    /** What one seeding run did: chapters registered now, chapters already there, and any refusals. */
    record SeedReport(int registered, int alreadyPresent, String refusals) {

        String summary() {
            return "Sample data: " + registered + " chapters registered, " + alreadyPresent + " already present"
                    + (refusals.isEmpty() ? "" : "; refused:" + refusals);
        }
    }

    /** Registers every sample chapter not yet in the directory. */
    SeedReport seed() throws InterruptedException {
        String token = new DemoTokens(stack.authUrl()).accessToken("staff");
        int created = 0;
        int present = 0;
        StringBuilder refused = new StringBuilder();
        for (JsonNode chapter : sampleChapters()) {
            HttpResponse<String> response = post(token, chapter.toString());
            switch (response.statusCode()) {
                case 201 -> created++;
                case 409 -> present++;
                default -> refused.append("\n  ").append(chapter.path("code").asText()).append(": ")
                        .append(response.statusCode()).append(' ').append(response.body());
            }
        }
        return new SeedReport(created, present, refused.toString());
    }

    /** Posts one chapter; on 429 the retry is scheduled after the gateway's {@code Retry-After}. */
    private HttpResponse<String> post(String token, String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/directory/chapters"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return send(request, 0, 1).get();
        } catch (ExecutionException e) {
            throw new UncheckedIOException("gateway unreachable while seeding",
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request, long delaySeconds, int attempt) {
        Executor afterDelay = CompletableFuture.delayedExecutor(delaySeconds, TimeUnit.SECONDS);
        return CompletableFuture.supplyAsync(() -> request, afterDelay)
                .thenCompose(ready -> http.sendAsync(ready, HttpResponse.BodyHandlers.ofString()))
                .thenCompose(response -> response.statusCode() != 429 || attempt == MAX_ATTEMPTS
                        ? CompletableFuture.completedFuture(response)
                        : send(request, Math.max(1, response.headers().firstValueAsLong("Retry-After").orElse(1)),
                                attempt + 1));
    }

    private static JsonNode sampleChapters() {
        try (InputStream in = SampleDataSeeder.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is missing from the launcher's jar");
            }
            return new ObjectMapper().readTree(in).path("chapters");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
