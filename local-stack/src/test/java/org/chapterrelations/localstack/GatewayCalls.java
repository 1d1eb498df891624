package org.chapterrelations.localstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls through the gateway as one bearer (or anonymously). A 429 is waited out and the call repeated,
 * so the suite's own pace never trips the rate limiter; {@link #burst} is the one place it may.
 */
final class GatewayCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gatewayUrl;
    private final String bearer;

    GatewayCalls(String gatewayUrl, String bearer) {
        this.gatewayUrl = gatewayUrl;
        this.bearer = bearer;
    }

    GatewayCalls as(String otherBearer) {
        return new GatewayCalls(gatewayUrl, otherBearer);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(withJson(request(path), json, "POST"));
    }

    HttpResponse<String> put(String path, String json, String ifMatch) {
        return send(withIfMatch(withJson(request(path), json, "PUT"), ifMatch));
    }

    HttpResponse<String> patch(String path, String json, String ifMatch) {
        return send(withIfMatch(withJson(request(path), json, "PATCH"), ifMatch));
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Fires every request at once and does not wait out 429s: for the rate-limit test. */
    List<HttpResponse<String>> burst(int count, String path, String json) {
        List<CompletableFuture<HttpResponse<String>>> inFlight = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> HTTP.sendAsync(withJson(request(path), json, "POST").build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        return inFlight.stream().map(CompletableFuture::join).toList();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new IllegalStateException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(30));
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder builder, String json, String method) {
        return builder.header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder withIfMatch(HttpRequest.Builder builder, String ifMatch) {
        return ifMatch == null ? builder : builder.header("If-Match", ifMatch);
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        return await("not throttled: " + request.method() + " " + request.uri()).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).pollDelay(Duration.ZERO)
                .until(() -> sendOnce(request), response -> response.statusCode() != 429);
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
