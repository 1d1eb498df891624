package org.chapterrelations.benchmarks.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * @param repoRoot   the checkout whose service jars run (default: the working directory)
 * @param dataDir    a fresh data directory for the stack
 * @param portOffset shifts every port, so the benchmark runs beside a stack on the default ports
 * @param clients    concurrent HTTP clients
 * @param chapters   chapters registered in the write test, then read and updated
 * @param step       how long each read test and each event rate runs
 * @param rates      event rates tried in turn (per second) until the consumers saturate
 * @param out        the Markdown file whose platform section is replaced
 */
record PlatformBenchmarkOptions(Path repoRoot, Path dataDir, int portOffset, int clients, int chapters, Duration step,
        List<Integer> rates, Path out) {

    static PlatformBenchmarkOptions parse(List<String> args) {
        Path root = Path.of("").toAbsolutePath();
        PlatformBenchmarkOptions options = new PlatformBenchmarkOptions(root, Path.of("/tmp/platform-benchmark"), 3000,
                16, 500, Duration.ofSeconds(20), List.of(25, 50, 100, 200, 400, 800), root.resolve("docs/benchmarks.md"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("unknown argument " + arg + "; options: --repo-root= --data-dir="
                        + " --port-offset= --clients= --chapters= --step-seconds= --rates=25,50,... --out=");
            }
            String value = arg.substring(eq + 1);
            options = switch (arg.substring(2, eq)) {
                case "repo-root" -> options.with(Path.of(value).toAbsolutePath(), null, -1, -1, -1, null, null, null);
                case "data-dir" -> options.with(null, Path.of(value).toAbsolutePath(), -1, -1, -1, null, null, null);
                case "port-offset" -> options.with(null, null, Integer.parseInt(value), -1, -1, null, null, null);
                case "clients" -> options.with(null, null, -1, Integer.parseInt(value), -1, null, null, null);
                case "chapters" -> options.with(null, null, -1, -1, Integer.parseInt(value), null, null, null);
                case "step-seconds" -> options.with(null, null, -1, -1, -1, Duration.ofSeconds(Long.parseLong(value)),
                        null, null);
                case "rates" -> options.with(null, null, -1, -1, -1, null,
                        Arrays.stream(value.split(",")).map(Integer::valueOf).toList(), null);
                case "out" -> options.with(null, null, -1, -1, -1, null, null, Path.of(value).toAbsolutePath());
                default -> throw new IllegalArgumentException("unknown option " + arg);
            };
        }
        return options;
    }

    private PlatformBenchmarkOptions with(Path root, Path data, int offset, int clientCount, int chapterCount,
            Duration stepLength, List<Integer> rateList, Path output) {
        return new PlatformBenchmarkOptions(root != null ? root : repoRoot, data != null ? data : dataDir,
                offset >= 0 ? offset : portOffset, clientCount > 0 ? clientCount : clients,
                chapterCount > 0 ? chapterCount : chapters, stepLength != null ? stepLength : step,
                rateList != null ? rateList : rates, output != null ? output : out);
    }
}
