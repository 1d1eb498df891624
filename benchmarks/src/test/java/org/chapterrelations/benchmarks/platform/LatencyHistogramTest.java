package org.chapterrelations.benchmarks.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    private static final String SCRAPE = """
            # HELP platform_events_latency_seconds From an event's ce_time to its effect
            # TYPE platform_events_latency_seconds histogram
            platform_events_latency_seconds_bucket{application="survey-service",consumer="roster",le="0.01"} %s
            platform_events_latency_seconds_bucket{application="survey-service",consumer="roster",le="0.1"} %s
            platform_events_latency_seconds_bucket{application="survey-service",consumer="roster",le="1.0"} %s
            platform_events_latency_seconds_bucket{application="survey-service",consumer="roster",le="+Inf"} %s
            platform_events_latency_seconds_bucket{application="survey-service",consumer="other",le="0.01"} 1.0
            platform_events_latency_seconds_bucket{application="survey-service",consumer="other",le="0.1"} 1.0
            platform_events_latency_seconds_bucket{application="survey-service",consumer="other",le="1.0"} 1.0
            platform_events_latency_seconds_bucket{application="survey-service",consumer="other",le="+Inf"} 1.0
            platform_events_latency_seconds_count{application="survey-service",consumer="roster"} 4.0
            jvm_threads_live_threads{application="survey-service"} 40.0
            """;

    @Test
    void bucketsOfEveryConsumerAreSummedPerBound() {
        LatencyHistogram histogram = LatencyHistogram.parse(SCRAPE.formatted("2.0", "3.0", "4.0", "4.0"),
                "platform_events_latency_seconds");

        assertThat(histogram.count()).isEqualTo(5.0);
        assertThat(histogram.cumulative()).containsEntry(0.01, 3.0).containsEntry(0.1, 4.0);
    }

    @Test
    void theDifferenceOfTwoScrapesGivesTheQuantilesOfWhatHappenedBetweenThem() {
        LatencyHistogram before = LatencyHistogram.parse(SCRAPE.formatted("2.0", "3.0", "4.0", "4.0"),
                "platform_events_latency_seconds");
        LatencyHistogram after = LatencyHistogram.parse(SCRAPE.formatted("2.0", "53.0", "102.0", "104.0"),
                "platform_events_latency_seconds");

        LatencyHistogram step = after.minus(before);

        assertThat(step.count()).isEqualTo(100.0);
        assertThat(step.quantileUpperBound(0.5)).isEqualTo(0.1);
        assertThat(step.quantileUpperBound(0.98)).isEqualTo(1.0);
        assertThat(step.quantileUpperBound(0.99)).as("2 of 100 slower than the last finite bound")
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void noSamplesMeansNoQuantile() {
        assertThat(LatencyHistogram.parse("", "platform_events_latency_seconds").quantileUpperBound(0.5)).isNaN();
    }
}
