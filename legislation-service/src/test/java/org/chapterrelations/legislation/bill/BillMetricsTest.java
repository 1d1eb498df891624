package org.chapterrelations.legislation.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.legislation.support.LegislationApi.action;
import static org.chapterrelations.legislation.support.LegislationApi.bill;

import io.micrometer.core.instrument.MeterRegistry;
import org.chapterrelations.legislation.support.LegislationApi;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator sees on the dashboards: tracked bills by status and position, and watch-rule matches. */
@PlatformIntegrationTest
class BillMetricsTest {

    private final String staff = TestIdentityProvider.get().staffToken();

    @LocalServerPort
    int port;

    @Autowired
    BillMetrics metrics;

    @Autowired
    MeterRegistry registry;

    @Test
    void aBillNewlyMatchingAWatchRuleIsCountedAndTrackedBillsAreCountedByStatusAndPosition() {
        LegislationApi api = new LegislationApi(port);
        int number = LegislationApi.uniqueNumber();
        String word = "mx" + number;
        assertThat(api.post("/api/legislation/watch-rules", staff, """
                {"name":"%s rule","jurisdictions":["CA"],"keywords":["%s"],"defaults":{"position":"support"}}"""
                .formatted(word, word)).statusCode()).isEqualTo(201);
        metrics.refresh();
        double matchedBefore = registry.get("legislation.bills.matched").counter().count();
        double supportedBefore = trackedGauge("passed-one-chamber", "support");

        assertThat(api.post("/api/legislation/bills", staff, bill("AB " + number, "The " + word + " Act",
                action("2025-01-05", "lower", "introduction"), action("2025-03-01", "lower", "passage"))).body())
                .contains("\"tracked\":true");
        metrics.refresh();

        assertThat(registry.get("legislation.bills.matched").counter().count() - matchedBefore).isEqualTo(1);
        assertThat(trackedGauge("passed-one-chamber", "support") - supportedBefore).isEqualTo(1);
    }

    private double trackedGauge(String status, String position) {
        var gauge = registry.find("legislation.bills.tracked").tag("status", status).tag("position", position).gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
