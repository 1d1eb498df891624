package org.chapterrelations.benchmarks;

import java.util.Arrays;

/**
 * Summary of measured request latencies. Percentiles are nearest-rank: the p-th percentile is the
 * smallest sample that at least p% of the samples do not exceed, so it is always a latency really seen.
 */
public record LatencyStats(int count, double medianMs, double p90Ms, double p99Ms, double maxMs, double perSecond) {

    public static LatencyStats of(long[] latenciesNanos, long elapsedNanos) {
        if (latenciesNanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 90)),
                millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]),
                sorted.length / (elapsedNanos / 1e9));
    }

    public static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    public String markdownRow(String search) {
        return String.format(java.util.Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f |", search, count,
                medianMs, p90Ms, p99Ms, maxMs, perSecond);
    }

    public static String markdownHeader() {
        return "| search | requests | median (ms) | p90 (ms) | p99 (ms) | max (ms) | requests/s |\n"
                + "|---|---|---|---|---|---|---|";
    }
}
