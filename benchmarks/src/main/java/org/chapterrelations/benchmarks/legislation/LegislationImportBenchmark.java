package org.chapterrelations.benchmarks.legislation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chapterrelations.localstack.DemoTokens;

/**
 * Issue 4's benchmark: generate N realistic scraped Open States bills (NDJSON, default 100,000), POST the file
 * to a running legislation-service's import as staff, and report the time, the result and the service's peak
 * heap; then import the same file again (every bill unchanged). Goal: the first import under 2 minutes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.chapterrelations.benchmarks.legislation.LegislationImportBenchmark \
 *     --url=http://localhost:8082 --auth-url=http://localhost:9000 --bills=100000 --file=/tmp/bills.ndjson
 * </pre>
 */
public final class LegislationImportBenchmark {

    private LegislationImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("url", "http://localhost:8082", "auth-url",
                "http://localhost:9000", "bills", "100000", "file", "/tmp/legislation-bench/bills.ndjson",
                "reimport", "true"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0 || !options.containsKey(arg.substring(2, eq)) && !arg.startsWith("--token=")) {
                System.err.println("unknown argument " + arg + "\noptions: --url --auth-url --token --bills --file "
                        + "--reimport=false");
                System.exit(2);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        int bills = Integer.parseInt(options.get("bills"));
        Path file = Path.of(options.get("file"));
        long started = System.nanoTime();
        long size = ScrapedBillFile.ensure(file, bills);
        System.out.printf("File %s: %,d bills, %,d MB (ready in %.1f s)%n", file, bills, size >> 20, seconds(started));
        String url = options.get("url");
        String token = options.containsKey("token") ? options.get("token")
                : new DemoTokens(options.get("auth-url")).accessToken("staff");

        System.out.println("\n| run | bills | time (s) | bills/s | peak heap used (MiB) | heap max (MiB) | result |");
        System.out.println("|---|---|---|---|---|---|---|");
        run("first import", url, token, file, bills);
        if (Boolean.parseBoolean(options.get("reimport"))) {
            run("same file again", url, token, file, bills);
        }
    }

    private static void run(String name, String url, String token, Path file, int bills) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/legislation/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        try (HeapSampler heap = new HeapSampler(url)) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double elapsed = seconds(started);
            String result = response.body().length() > 160 ? response.body().substring(0, 160) + "..." : response.body();
            System.out.printf("| %s | %,d | %.1f | %,.0f | %d | %d | HTTP %d `%s` |%n", name, bills, elapsed,
                    bills / elapsed, heap.peakBytes() >> 20, heap.maxBytes() >> 20, response.statusCode(), result);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
