package org.chapterrelations.notification.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.notification.support.Events.*;

import java.time.Duration;
import java.util.List;

import org.chapterrelations.notification.inbox.InboxItem;
import org.chapterrelations.notification.inbox.InboxRepository;
import org.chapterrelations.notification.support.Api;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/** The producers' own schema examples (docs/events) are read and turned into the right notifications. */
@PlatformIntegrationTest
class ProducerSchemaExamplesTest {

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    InboxRepository inbox;

    @Test
    void legislationAndSurveyExamplesNotifyTheirRecipients() {
        Api api = new Api(port);
        api.post("/api/notifications/me/subscriptions", identity.token("examples-school", List.of("staff"), null),
                "{\"kind\":\"issue-area\",\"value\":\"school-libraries\"}");
        api.post("/api/notifications/me/subscriptions", identity.token("examples-federal", List.of("staff"), null),
                "{\"kind\":\"jurisdiction\",\"value\":\"us\"}");
        api.get("/api/notifications/me/preferences", identity.token("examples-mpla", List.of("chapter-officer"),
                "MPLA"));

        TestKafka.sendSchemaExamples(BILLS, TRACKED, "billId");
        TestKafka.sendSchemaExamples(BILLS, STATUS_CHANGED, "billId");
        TestKafka.sendSchemaExamples(CAMPAIGNS, CAMPAIGN_LAUNCHED, "campaignId");
        TestKafka.sendSchemaExamples(REPORTS, REMINDER_DUE, "reportId");
        TestKafka.sendSchemaExamples(REPORTS, REPORT_SUBMITTED, "reportId");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(titles("examples-school")).contains("Now tracking HB 900 (Texas), introduced");
            assertThat(titles("examples-federal")).contains("H.R. 2 (Congress) is now in committee");
            assertThat(titles("examples-mpla")).contains("Call to action: Fund LSTA in FY2026",
                    "2026 report due 2026-04-15");
            assertThat(titles("officer-ca")).contains("Received: CA's 2026 report");
        });
    }

    private List<String> titles(String recipientId) {
        return inbox.findByRecipientId(recipientId, Pageable.unpaged()).getContent().stream().map(InboxItem::title)
                .toList();
    }
}
