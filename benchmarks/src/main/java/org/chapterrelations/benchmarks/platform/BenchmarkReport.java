package org.chapterrelations.benchmarks.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.chapterrelations.benchmarks.LatencyStats;

/** Collects the figures as Markdown and replaces the platform section of docs/benchmarks.md with them. */
final class BenchmarkReport {

    static final String START = "<!-- platform-benchmark:start -->";
    static final String END = "<!-- platform-benchmark:end -->";

    private final StringBuilder machine = new StringBuilder();
    private final StringBuilder startup = new StringBuilder();
    private final StringBuilder writes = new StringBuilder();
    private final StringBuilder reads = new StringBuilder();
    private final StringBuilder events = new StringBuilder();
    private final StringBuilder memory = new StringBuilder();

    void machine(PlatformBenchmarkOptions options) {
        machine.append(String.format(Locale.ROOT, "Measured %s on %d cores, %s %s, Java %s; load average %.1f at the"
                + " start. Command:%n%n```bash%n./mvnw -B -q install -DskipTests%nRATE_LIMIT_ENABLED=false java -cp"
                + " 'local-stack/target/local-stack.jar:local-stack/target/lib/*:benchmarks/target/benchmarks.jar:"
                + "benchmarks/target/lib/*' \\%n    "
                + "org.chapterrelations.benchmarks.platform.PlatformBenchmark --clients=%d --chapters=%d"
                + " --step-seconds=%d%n```%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), options.clients(),
                options.chapters(), options.step().toSeconds()));
    }

    void startup(Duration total, Map<String, Duration> readyTimes) {
        startup.append(String.format(Locale.ROOT, "Whole stack ready in **%.1f s** (waves: FerretDB, Kafka and"
                + " auth server; then the four services together; then the gateway).%n%n| process | ready after (s) |%n"
                + "|---|---|%n", total.toMillis() / 1000.0));
        readyTimes.forEach((name, time) -> startup.append(String.format(Locale.ROOT, "| %s | %.1f |%n", name,
                time.toMillis() / 1000.0)));
    }

    void writes(String what, ConcurrentLoad.Result result) {
        row(writes, what, result);
    }

    void writesNote(String note) {
        writes.append('\n').append(note).append('\n');
    }

    void reads(String what, ConcurrentLoad.Result result) {
        row(reads, what, result);
    }

    void eventStep(int rate, double achieved, double p50, double p99, LatencyStats raw, Duration drain,
            String perConsumer, boolean saturated) {
        events.append(String.format(Locale.ROOT, "| %d | %.0f | %s | %s | %.1f / %.1f | %.1f | %s |%s%n", rate, achieved,
                millis(p50), millis(p99), raw.medianMs(), raw.p99Ms(), drain.toMillis() / 1000.0, perConsumer,
                saturated ? " saturated |" : " |"));
    }

    void gatewayOverhead(LatencyStats viaGateway, LatencyStats direct) {
        reads.append(String.format(Locale.ROOT, "%nThrough the gateway: **%.0f%%** of the direct throughput, **%+.1f ms**"
                + " p50 (%+.1f ms p99) on the same GET.%n", 100.0 * viaGateway.perSecond() / direct.perSecond(),
                viaGateway.medianMs() - direct.medianMs(), viaGateway.p99Ms() - direct.p99Ms()));
    }

    void peakMemory(String process, long mib) {
        memory.append(String.format(Locale.ROOT, "| %s | %s |%n", process, mib < 0 ? "n/a" : String.valueOf(mib)));
    }

    String markdown() {
        return START + "\n## Platform benchmark (issue 8)\n\n" + machine
                + "\n### Start-up\n\n" + startup
                + "\n### Writes through the gateway\n\n" + header("write") + writes
                + "\n### Reads through the gateway\n\n" + header("read") + reads
                + "\n### Event end-to-end latency (publish to each consumer's effect)\n\n"
                + "`directory.ChapterUpdated.v1` events published straight to Kafka at each rate for one step; latency"
                + " is each consumer's `platform.events.latency` (from `ce_time` to the handler's write) over that step,"
                + " read from its Prometheus histogram, so a figure is the upper bound of the bucket that holds it."
                + " p50/p99 are the slowest consumer's; \"drain\" is how long the consumers needed after the last"
                + " event was sent. A step is marked saturated when the drain exceeds a quarter of the step or p99"
                + " exceeds 5 s; the run stops there.\n\n"
                + "Baseline: a raw Kafka producer and consumer on a scratch topic of the same broker at the same rate"
                + " (record create time to receipt).\n\n"
                + "| offered (events/s) | sent (events/s) | p50 (ms) | p99 (ms) | raw Kafka p50 / p99 (ms) | drain (s) |"
                + " per consumer p50/p99 (ms) | |\n|---|---|---|---|---|---|---|---|\n" + events
                + "\n### Peak resident memory\n\n| process | peak RSS (MiB) |\n|---|---|\n" + memory + END + "\n";
    }

    void writeInto(Path file) {
        try {
            String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
            int start = existing.indexOf(START);
            int end = existing.indexOf(END);
            String updated = start >= 0 && end > start
                    ? existing.substring(0, start) + markdown() + existing.substring(end + END.length() + 1)
                    : existing.stripTrailing() + "\n\n" + markdown();
            Files.writeString(file, updated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder table, String what, ConcurrentLoad.Result result) {
        table.append(result.stats().markdownRow(what)).append(' ').append(result.errors())
                .append(result.errors() > 0 ? " (first: HTTP " + result.firstErrorStatus() + ")" : "").append(" |\n");
    }

    /** LatencyStats' table header with an errors column. */
    private static String header(String what) {
        String[] lines = LatencyStats.markdownHeader().replace("search", what).split("\n");
        return lines[0] + " errors |\n" + lines[1] + "---|\n";
    }

    private static String millis(double seconds) {
        return Double.isNaN(seconds) ? "n/a" : Double.isInfinite(seconds) ? "> 30000"
                : String.format(Locale.ROOT, "%.0f", seconds * 1000);
    }
}
