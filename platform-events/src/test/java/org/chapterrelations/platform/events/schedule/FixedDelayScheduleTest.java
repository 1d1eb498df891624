package org.chapterrelations.platform.events.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class FixedDelayScheduleTest {

    private final FixedDelaySchedule everySecond = new FixedDelaySchedule("test", () -> { }, Duration.ZERO,
            Duration.ofSeconds(1));

    @Test
    void aShortRunWaitsTheFixedDelay() {
        assertThat(everySecond.delayAfter(Duration.ofMillis(30))).isEqualTo(Duration.ofSeconds(1));
        assertThat(everySecond.atMostBusy(0.2).delayAfter(Duration.ofMillis(30))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aLongRunWaitsLongEnoughToStayWithinItsShareOfTime() {
        // 15 s of scanning at most a fifth of the time: 60 s of rest after it.
        assertThat(everySecond.atMostBusy(0.2).delayAfter(Duration.ofSeconds(15))).isEqualTo(Duration.ofSeconds(60));
        assertThat(everySecond.delayAfter(Duration.ofSeconds(15))).as("no cap").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> everySecond.atMostBusy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> everySecond.atMostBusy(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTaskThatThrowsRunsAgainAndStopEndsTheRuns() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        FixedDelaySchedule failing = new FixedDelaySchedule("failing", () -> {
            runs.incrementAndGet();
            third.countDown();
            throw new IllegalStateException("store down");
        }, Duration.ZERO, Duration.ofMillis(1));

        failing.start();
        assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
        failing.stop();

        assertThat(failing.isRunning()).isFalse();
        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
    }
}
