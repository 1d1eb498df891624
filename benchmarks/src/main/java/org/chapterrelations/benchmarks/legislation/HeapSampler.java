package org.chapterrelations.benchmarks.legislation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the service's used heap twice a second from {@code /actuator/prometheus} (the sum of
 * {@code jvm_memory_used_bytes{area="heap"}}), and keeps the highest value seen.
 */
final class HeapSampler implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String url;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong max = new AtomicLong();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    HeapSampler(String serviceUrl) {
        this.url = serviceUrl + "/actuator/prometheus";
        scheduler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    long peakBytes() {
        return peak.get();
    }

    long maxBytes() {
        return max.get();
    }

    private void sample() {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long used = 0;
            long limit = 0;
            for (String line : body.split("\n")) {
                if (line.contains("area=\"heap\"") && line.startsWith("jvm_memory_used_bytes")) {
                    used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
                if (line.contains("area=\"heap\"") && line.startsWith("jvm_memory_max_bytes")) {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    limit += value > 0 ? (long) value : 0;
                }
            }
            peak.accumulateAndGet(used, Math::max);
            max.set(limit);
        }
        catch (Exception ex) {
            // A sample missed while the service is busy is not fatal; the next one counts.
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
