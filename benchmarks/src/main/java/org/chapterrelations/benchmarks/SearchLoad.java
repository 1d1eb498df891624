package org.chapterrelations.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sends one search after another, as a single user would, on one kept-alive connection, and times
 * each from request sent to body read. Any answer other than 200 stops the run: a fast error is not a result.
 */
final class SearchLoad {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private final String token;

    SearchLoad(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The whole mix's figures, and each query's median with the number of matches it reports. */
    record Run(LatencyStats all, Map<String, String> medianAndMatchesByQuery) {
    }

    Run run(QueryMix mix, int warmup, int requests) {
        for (int i = 0; i < warmup; i++) {
            send(mix, i);
        }
        long[] latencies = new long[requests];
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long sent = System.nanoTime();
            send(mix, i);
            latencies[i] = System.nanoTime() - sent;
        }
        long elapsed = System.nanoTime() - started;
        Map<String, String> byQuery = new LinkedHashMap<>();
        for (int q = 0; q < Math.min(requests, mix.queries().size()); q++) {
            int first = q;
            long[] own = IntStream.range(0, requests).filter(i -> i % mix.queries().size() == first)
                    .mapToLong(i -> latencies[i]).sorted().toArray();
            byQuery.put(mix.query(q), "%.1f ms, %s matches".formatted(
                    LatencyStats.percentile(own, 50) / 1e6, totalOf(mix, q)));
        }
        return new Run(LatencyStats.of(latencies, elapsed), byQuery);
    }

    /** The number of matches the service reports for a query: shows the data set is there. */
    String totalOf(QueryMix mix, int index) {
        String body = send(mix, index);
        int at = body.indexOf("\"totalElements\":");
        if (at < 0) {
            return "?";
        }
        int end = at + "\"totalElements\":".length();
        int stop = end;
        while (stop < body.length() && Character.isDigit(body.charAt(stop))) {
            stop++;
        }
        return body.substring(end, stop);
    }

    private String send(QueryMix mix, int index) {
        String query = URLEncoder.encode(mix.query(index), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + mix.path() + "?q=" + query))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
