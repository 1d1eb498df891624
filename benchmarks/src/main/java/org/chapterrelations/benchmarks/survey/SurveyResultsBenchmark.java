package org.chapterrelations.benchmarks.survey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.chapterrelations.benchmarks.LatencyStats;
import org.chapterrelations.localstack.DemoTokens;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * Issue 5's benchmark: a year's results over 500 chapters x 80 questions must answer in under 1 s.
 * Writes the data set straight into survey-service's MongoDB (replacing an earlier one of the same
 * year), then times sequential {@code GET /api/surveys/{year}/results} and prints a Markdown table.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.chapterrelations.benchmarks.survey.SurveyResultsBenchmark --url=http://localhost:8083 ...
 * </pre>
 */
public final class SurveyResultsBenchmark {

    private SurveyResultsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long started = System.nanoTime();
        load(options);
        System.out.printf(Locale.ROOT, "data set (%d chapters x %d questions, year %d) written in %.1f s%n",
                options.chapters, options.questions, options.year, (System.nanoTime() - started) / 1e9);
        String token = options.token != null ? options.token : new DemoTokens(options.authUrl).accessToken("staff");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.url + "/api/surveys/" + options.year
                + "/results")).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        String first = send(http, request);
        System.out.printf(Locale.ROOT, "first answer: %d bytes, %s%n", first.length(),
                first.substring(0, Math.min(80, first.length())));
        for (int i = 0; i < options.warmup; i++) {
            send(http, request);
        }
        long[] latencies = new long[options.requests];
        long measuring = System.nanoTime();
        for (int i = 0; i < options.requests; i++) {
            long sent = System.nanoTime();
            send(http, request);
            latencies[i] = System.nanoTime() - sent;
        }
        LatencyStats stats = LatencyStats.of(latencies, System.nanoTime() - measuring);
        System.out.println(LatencyStats.markdownHeader());
        System.out.println(stats.markdownRow("results `GET /api/surveys/" + options.year + "/results`"));
    }

    private static void load(Options options) {
        SurveyDataSet data = new SurveyDataSet(options.year, options.questions, options.chapters);
        try (MongoClient client = MongoClients.create(options.mongo)) {
            MongoDatabase db = client.getDatabase(new com.mongodb.ConnectionString(options.mongo).getDatabase());
            MongoCollection<Document> questionnaires = db.getCollection("questionnaires");
            MongoCollection<Document> reports = db.getCollection("reports");
            questionnaires.deleteMany(Filters.eq("year", options.year));
            reports.deleteMany(Filters.eq("year", options.year));
            questionnaires.insertOne(data.questionnaire());
            List<Document> batch = new ArrayList<>();
            for (int i = 1; i <= options.chapters; i++) {
                batch.add(data.report(i));
                if (batch.size() == 100) {
                    reports.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                reports.insertMany(batch);
            }
        }
    }

    private static String send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** Flags are {@code --name=value}. */
    private record Options(String url, String mongo, String authUrl, String token, int year, int chapters,
            int questions, int warmup, int requests) {

        static Options parse(String[] args) {
            java.util.Map<String, String> flags = new java.util.HashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("unknown argument " + arg + "; flags: --url --mongo --auth-url "
                            + "--token --year --chapters --questions --warmup --requests");
                }
                flags.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            return new Options(flags.getOrDefault("url", "http://localhost:8083"),
                    flags.getOrDefault("mongo", "mongodb://localhost:27017/survey"),
                    flags.getOrDefault("auth-url", "http://localhost:9000"), flags.get("token"),
                    Integer.parseInt(flags.getOrDefault("year", "2090")),
                    Integer.parseInt(flags.getOrDefault("chapters", "500")),
                    Integer.parseInt(flags.getOrDefault("questions", "80")),
                    Integer.parseInt(flags.getOrDefault("warmup", "10")),
                    Integer.parseInt(flags.getOrDefault("requests", "50")));
        }
    }
}
