package org.chapterrelations.benchmarks.platform;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.chapterrelations.benchmarks.LatencyStats;

/**
 * Closed-loop HTTP load: {@code clients} threads each send one request after the other for a while (or a
 * number of requests in all); every answer's latency is kept, and answers outside 2xx/3xx are counted.
 */
final class ConcurrentLoad {

    /** Latencies of the answered requests and how many answers were errors. */
    record Result(LatencyStats stats, long errors, long firstErrorStatus) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** Runs for {@code duration}; request {@code n} (counting from 0 over all clients) is built by {@code requests}. */
    Result forDuration(int clients, Duration duration, LongFunction<HttpRequest> requests) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        return run(clients, n -> System.nanoTime() < deadline, requests);
    }

    /** Sends exactly {@code total} requests over all clients. */
    Result count(int clients, long total, LongFunction<HttpRequest> requests) throws Exception {
        return run(clients, n -> n < total, requests);
    }

    private Result run(int clients, java.util.function.LongPredicate more, LongFunction<HttpRequest> requests)
            throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong firstErrorStatus = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] samples = new long[1024];
                    int size = 0;
                    for (long n = next.getAndIncrement(); more.test(n); n = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        int status = send(requests.apply(n));
                        long latency = System.nanoTime() - begin;
                        if (status < 200 || status >= 400) {
                            errors.incrementAndGet();
                            firstErrorStatus.compareAndSet(0, status);
                            continue;
                        }
                        if (size == samples.length) {
                            samples = java.util.Arrays.copyOf(samples, size * 2);
                        }
                        samples[size++] = latency;
                    }
                    return java.util.Arrays.copyOf(samples, size);
                }));
            }
            for (Future<long[]> future : futures) {
                perClient.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        if (all.length == 0) {
            throw new IllegalStateException("every request failed (first status " + firstErrorStatus.get() + ")");
        }
        return new Result(LatencyStats.of(all, elapsed), errors.get(), firstErrorStatus.get());
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
