package org.chapterrelations.survey.results;

import java.util.Arrays;

/** count, sum, mean, median, min and max of numeric answers; null statistics when nothing was answered. */
public record NumericSummary(int count, Double sum, Double mean, Double median, Double min, Double max) {

    /** Collects values cheaply (a growable primitive array) and summarises them once at the end. */
    static final class Accumulator {

        private double[] values = new double[16];
        private int count;

        void add(Object value) {
            if (value instanceof Number number) {
                if (count == values.length) {
                    values = Arrays.copyOf(values, count * 2);
                }
                values[count++] = number.doubleValue();
            }
        }

        NumericSummary summary() {
            if (count == 0) {
                return new NumericSummary(0, null, null, null, null, null);
            }
            double[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            double sum = 0;
            for (double value : sorted) {
                sum += value;
            }
            double median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
            return new NumericSummary(count, round(sum), round(sum / count), median, sorted[0], sorted[count - 1]);
        }

        private static double round(double value) {
            return Math.round(value * 10_000d) / 10_000d;
        }
    }
}
