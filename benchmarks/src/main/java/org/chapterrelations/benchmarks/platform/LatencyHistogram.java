package org.chapterrelations.benchmarks.platform;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cumulative buckets of one Prometheus histogram, summed over every series of a scrape
 * ({@code <name>_bucket{...,le="0.25"} 12.0}). Two scrapes subtracted give the histogram of what
 * happened in between; a quantile is read as the upper bound of the bucket that holds it.
 */
record LatencyHistogram(TreeMap<Double, Double> cumulative) {

    private static final Pattern BUCKET = Pattern.compile("^(\\w+)_bucket\\{([^}]*)\\}\\s+(\\S+)$");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    static LatencyHistogram parse(String prometheusText, String metric) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (String line : prometheusText.split("\n")) {
            Matcher bucket = BUCKET.matcher(line.trim());
            if (!bucket.matches() || !bucket.group(1).equals(metric)) {
                continue;
            }
            Matcher le = LE.matcher(bucket.group(2));
            if (le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                buckets.merge(bound, Double.parseDouble(bucket.group(3)), Double::sum);
            }
        }
        return new LatencyHistogram(buckets);
    }

    LatencyHistogram minus(LatencyHistogram earlier) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        cumulative.forEach((bound, count) -> delta.put(bound, count - earlier.cumulative.getOrDefault(bound, 0.0)));
        return new LatencyHistogram(delta);
    }

    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /** Upper bound (seconds) of the bucket holding the q-quantile; NaN when there is no sample. */
    double quantileUpperBound(double q) {
        double total = count();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = Math.ceil(q * total);
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                return bucket.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
