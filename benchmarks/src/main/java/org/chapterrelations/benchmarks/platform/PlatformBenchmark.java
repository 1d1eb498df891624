package org.chapterrelations.benchmarks.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.chapterrelations.benchmarks.LatencyStats;
import org.chapterrelations.localstack.DemoTokens;
import org.chapterrelations.localstack.LocalStack;
import org.chapterrelations.localstack.RunningStack;
import org.chapterrelations.localstack.StackOptions;
import org.chapterrelations.localstack.StackPorts;

/**
 * The platform benchmark (issue 8): starts the whole local stack, then measures write throughput through
 * the gateway, gateway reads under concurrent clients, event end-to-end latency (publish to each consumer's
 * effect) at increasing rates until the consumers saturate, and every process's peak resident memory; writes
 * the figures into a section of docs/benchmarks.md. local-stack's own jar and lib/ go first on the class path:
 * the launcher finds Kafka's jars next to its own, and FerretDB in its cache.
 */
public final class PlatformBenchmark {

    private static final List<String> CONSUMERS = List.of("legislation-service", "survey-service",
            "notification-service");
    private static final String LATENCY_METRIC = "platform_events_latency_seconds";

    private final PlatformBenchmarkOptions options;
    private final BenchmarkReport report = new BenchmarkReport();
    private final ConcurrentLoad load = new ConcurrentLoad();
    private final HttpClient http = HttpClient.newHttpClient();

    private PlatformBenchmark(PlatformBenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        PlatformBenchmarkOptions options = PlatformBenchmarkOptions.parse(List.of(args));
        if (!"false".equals(System.getenv("RATE_LIMIT_ENABLED"))) {
            System.err.println("Run with RATE_LIMIT_ENABLED=false: one benchmark client is one rate-limited caller.");
            System.exit(2);
        }
        new PlatformBenchmark(options).run();
    }

    private void run() throws Exception {
        report.machine(options);
        try (RunningStack stack = LocalStack.start(StackOptions.defaults(options.repoRoot())
                .withDataDir(options.dataDir()).withPortOffset(options.portOffset())
                .withReadyTimeout(Duration.ofSeconds(300)))) {
            report.startup(stack.startupTime(), stack.readyTimes());
            String token = new DemoTokens(stack.authUrl()).accessToken("staff");
            List<String> codes = IntStream.rangeClosed(1, options.chapters()).mapToObj("PB-%04d"::formatted).toList();
            measureWrites(stack, token, codes);
            measureReads(stack, token, codes);
            measureEvents(stack, codes);
            Map<String, Long> pids = stack.processIds();
            pids.forEach((name, pid) -> report.peakMemory(name, ProcessMemory.peakResidentMib(pid)));
        }
        report.writeInto(options.out());
        System.out.println(report.markdown());
    }

    private void measureWrites(RunningStack stack, String token, List<String> codes) throws Exception {
        ServiceWrites writes = new ServiceWrites(stack.gatewayUrl(), token);
        int clients = options.clients();
        report.writes("directory-service `POST /api/directory/chapters` (register a chapter)",
                load.count(clients, codes.size(), n -> writes.registerChapter(codes.get((int) n))));
        try (EventRateLoad events = new EventRateLoad(stack.ports().kafkaBootstrap(), codes)) {
            // survey-service must know the chapters (from their events) before their reports can be saved.
            events.awaitConsumersCaughtUp(Duration.ofMinutes(3));
        }
        report.writes("legislation-service `POST /api/legislation/bills` (upsert a new bill)",
                load.count(clients, codes.size(), writes::upsertBill));
        writes.openSurvey();
        report.writes("survey-service `PUT /api/surveys/{year}/reports/{chapter}` (save a first draft)",
                load.count(clients, codes.size(), n -> writes.saveSurveyDraft(codes.get((int) n), n)));
        report.writes("notification-service `POST /api/notifications/me/subscriptions` (subscribe to a bill)",
                load.count(clients, codes.size(), writes::subscribeToBill));
        report.writesNote(clients + " clients, " + codes.size() + " writes per service, each a new entity written"
                + " with its events through the outbox, as staff through the gateway.");
    }

    private void measureReads(RunningStack stack, String token, List<String> codes) throws Exception {
        Duration warmup = Duration.ofSeconds(5);
        String direct = "http://localhost:" + stack.ports().shifted(StackPorts.DIRECTORY);
        load.forDuration(options.clients(), warmup, n -> get(stack.gatewayUrl(), token, "/api/directory/chapters?size=20"));
        load.forDuration(options.clients(), warmup, n -> get(direct, token, "/api/directory/chapters?size=20"));
        report.reads("`GET /api/directory/chapters?size=20&page=n` (list, 20 per page)", load.forDuration(
                options.clients(), options.step(), n -> get(stack.gatewayUrl(), token,
                        "/api/directory/chapters?size=20&page=" + (n % Math.max(1, codes.size() / 20)))));
        ConcurrentLoad.Result viaGateway = load.forDuration(options.clients(), options.step(),
                n -> get(stack.gatewayUrl(), token, "/api/directory/chapters/" + codes.get((int) (n % codes.size()))));
        ConcurrentLoad.Result directly = load.forDuration(options.clients(), options.step(),
                n -> get(direct, token, "/api/directory/chapters/" + codes.get((int) (n % codes.size()))));
        report.reads("`GET /api/directory/chapters/{code}` (one entry) through the gateway", viaGateway);
        report.reads("baseline: the same GET straight to directory-service", directly);
        report.reads("`GET /api/directory/chapters/{code}` anonymous (public view) through the gateway",
                load.forDuration(options.clients(), options.step(), n -> get(stack.gatewayUrl(), null,
                        "/api/directory/chapters/" + codes.get((int) (n % codes.size())))));
        report.gatewayOverhead(viaGateway.stats(), directly.stats());
    }

    private void measureEvents(RunningStack stack, List<String> codes) throws Exception {
        try (EventRateLoad events = new EventRateLoad(stack.ports().kafkaBootstrap(), codes)) {
            events.awaitConsumersCaughtUp(Duration.ofMinutes(3));
            for (int rate : options.rates()) {
                LatencyStats raw = new RawKafkaBaseline(stack.ports().kafkaBootstrap()).measure(rate, options.step());
                List<LatencyHistogram> before = scrapeConsumers(stack);
                double achieved = events.publish(rate, options.step());
                Duration drain = events.awaitConsumersCaughtUp(Duration.ofMinutes(5));
                List<LatencyHistogram> after = scrapeConsumers(stack);
                double worstP50 = 0;
                double worstP99 = 0;
                List<String> perConsumer = new ArrayList<>();
                for (int i = 0; i < CONSUMERS.size(); i++) {
                    LatencyHistogram step = after.get(i).minus(before.get(i));
                    worstP50 = Math.max(worstP50, step.quantileUpperBound(0.5));
                    worstP99 = Math.max(worstP99, step.quantileUpperBound(0.99));
                    perConsumer.add(String.format(Locale.ROOT, "%s %.0f/%.0f", CONSUMERS.get(i).replace("-service", ""),
                            step.quantileUpperBound(0.5) * 1000, step.quantileUpperBound(0.99) * 1000));
                }
                boolean saturated = drain.compareTo(options.step().dividedBy(4)) > 0 || worstP99 > 5;
                report.eventStep(rate, achieved, worstP50, worstP99, raw, drain, String.join(", ", perConsumer), saturated);
                System.out.printf("events at %d/s: p50 %.3f s, p99 %.3f s, drain %s%n", rate, worstP50, worstP99, drain);
                if (saturated) {
                    break;
                }
            }
        }
    }

    private List<LatencyHistogram> scrapeConsumers(RunningStack stack) throws Exception {
        List<LatencyHistogram> histograms = new ArrayList<>();
        for (String consumer : CONSUMERS) {
            int port = stack.ports().shifted(switch (consumer) {
                case "legislation-service" -> StackPorts.LEGISLATION;
                case "survey-service" -> StackPorts.SURVEY;
                default -> StackPorts.NOTIFICATION;
            });
            String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
            histograms.add(LatencyHistogram.parse(body, LATENCY_METRIC));
        }
        return histograms;
    }

    private static HttpRequest get(String base, String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30));
        return (token == null ? builder : builder.header("Authorization", "Bearer " + token)).GET().build();
    }

}
