package org.chapterrelations.gateway.ratelimit;

import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;

/** What a plan means to Bucket4j, and what Bucket4j's answer means to the filter: one place for both stores. */
final class Buckets {

    private Buckets() {
    }

    static Bandwidth limitOf(Plan plan) {
        return Bandwidth.builder().capacity(plan.capacity()).refillGreedy(plan.refillTokens(), plan.refillPeriod()).build();
    }

    static Decision decisionOf(ConsumptionProbe probe) {
        return probe.isConsumed() ? Decision.allow() : Decision.refuseForNanos(probe.getNanosToWaitForRefill());
    }
}
