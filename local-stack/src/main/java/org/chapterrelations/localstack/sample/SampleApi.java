package org.chapterrelations.localstack.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The public API through the gateway, as one signed-in user: what a person at a browser could do, so that
 * sample data flows to every service as real events. A 429 is retried after the gateway's {@code Retry-After}.
 */
final class SampleApi {

    private static final int MAX_ATTEMPTS = 8;
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final String token;

    SampleApi(String gatewayUrl, String token) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
    }

    HttpResponse<String> get(String path) throws InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String path, String body) throws InterruptedException {
        return post(path, "application/json", body);
    }

    /**
     * Posts each JSON body to a collection: 201 is loaded, 409 (already there) left alone, anything else a
     * refusal named by {@code describe}.
     */
    SamplePart.PartResult createEach(String part, String path, List<String> bodies, Function<String, String> describe)
            throws InterruptedException {
        int created = 0;
        int present = 0;
        List<String> refused = new ArrayList<>();
        for (String body : bodies) {
            HttpResponse<String> response = postJson(path, body);
            switch (response.statusCode()) {
                case 201 -> created++;
                case 409 -> present++;
                default -> refused.add(describe.apply(body) + ": " + response.statusCode() + " " + response.body());
            }
        }
        return new SamplePart.PartResult(part, created, present, refused);
    }

    HttpResponse<String> put(String path, String ifMatch, String body) throws InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** The body of a 200 answer as JSON; anything else is a refusal worth reporting. */
    JsonNode getJson(String path) throws InterruptedException {
        return json(expect(get(path), 200, path));
    }

    /** The response if it has the status loading expects, else a refusal naming {@code what}. */
    static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new SampleRefused(what, response);
        }
        return response;
    }

    static JsonNode json(HttpResponse<String> response) {
        return parse(response.body(), response.uri().toString());
    }

    static JsonNode parse(String json, String from) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("not JSON: " + from, e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws InterruptedException {
        try {
            return send(builder.build(), 0, 1).get();
        } catch (ExecutionException e) {
            throw new UncheckedIOException("gateway unreachable while loading sample data",
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

    /** An answer that is not what loading the sample data expects. */
    static final class SampleRefused extends RuntimeException {

        SampleRefused(String what, HttpResponse<String> response) {
            super(what + ": " + response.statusCode() + " " + response.body());
        }
    }
}
