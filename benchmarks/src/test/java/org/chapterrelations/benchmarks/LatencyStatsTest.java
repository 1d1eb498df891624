package org.chapterrelations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentilesAreLatenciesReallySeen() {
        // 1 ms .. 100 ms, shuffled order must not matter
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000L).toArray();

        LatencyStats stats = LatencyStats.of(nanos, 2_000_000_000L);

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.medianMs()).isEqualTo(50.0);
        assertThat(stats.p90Ms()).isEqualTo(90.0);
        assertThat(stats.p99Ms()).isEqualTo(99.0);
        assertThat(stats.maxMs()).isEqualTo(100.0);
        assertThat(stats.perSecond()).isEqualTo(50.0);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        LatencyStats stats = LatencyStats.of(new long[] {7_500_000L}, 7_500_000L);

        assertThat(stats.medianMs()).isEqualTo(7.5);
        assertThat(stats.p99Ms()).isEqualTo(7.5);
        assertThat(stats.markdownRow("chapters")).isEqualTo("| chapters | 1 | 7.5 | 7.5 | 7.5 | 7.5 | 133 |");
    }
}
