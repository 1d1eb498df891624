package org.chapterrelations.notification.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.notification.support.Events.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.notification.inbox.InboxItem;
import org.chapterrelations.notification.inbox.InboxRepository;
import org.chapterrelations.notification.notification.NotificationRequest;
import org.chapterrelations.notification.notification.Notifier;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.Topics;
import org.chapterrelations.notification.recipient.ChapterContactRepository;
import org.chapterrelations.notification.support.Api;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/** Each rule from a real event on the embedded broker to the recipients' inboxes. */
@PlatformIntegrationTest
class RulesFromEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    InboxRepository inbox;

    @Autowired
    Notifier notifier;

    @Autowired
    ChapterContactRepository chapters;

    @Test
    void aBillMoveReachesStaffSubscribedToItsJurisdictionIssueAreaPriorityOrTheBillItself() {
        String byJurisdiction = staffSubscribed("rules-j", "jurisdiction", "wy");
        String byIssue = staffSubscribed("rules-i", "issue-area", "rare-books");
        String byPriority = staffSubscribed("rules-p", "priority", "low");
        String byBill = staffSubscribed("rules-b", "bill", "mt-2026-hb7");
        String elsewhere = staffSubscribed("rules-x", "jurisdiction", "vt");

        TestKafka.sendCloudEvent(BILLS, "wy-2026-sf1", STATUS_CHANGED, billStatusChanged("wy-2026-sf1", "wy", "high",
                "funding"));
        TestKafka.sendCloudEvent(BILLS, "nd-2026-hb2", STATUS_CHANGED, billStatusChanged("nd-2026-hb2", "nd", "high",
                "rare-books"));
        TestKafka.sendCloudEvent(BILLS, "sd-2026-hb3", TRACKED, """
                {"billId":"sd-2026-hb3","jurisdiction":"sd","session":"2026","identifier":"HB 3","title":"Archives",
                 "status":"introduced","position":"monitor","priority":"low","issueAreas":[],"trackedBy":"staff-alice"}""");
        TestKafka.sendCloudEvent(BILLS, "mt-2026-hb7", STATUS_CHANGED, billStatusChanged("mt-2026-hb7", "mt", "medium",
                "access"));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(titles(byJurisdiction)).containsExactly("AB 1234 (Wyoming) is now in committee");
            assertThat(titles(byIssue)).containsExactly("AB 1234 (North Dakota) is now in committee");
            assertThat(titles(byPriority)).containsExactly("Now tracking HB 3 (South Dakota), introduced");
            assertThat(titles(byBill)).containsExactly("AB 1234 (Montana) is now in committee");
        });
        assertThat(items(byJurisdiction).get(0).body())
                .startsWith("Library funding act\n2026-03-02: Referred to Committee on Education\n")
                .contains("/#/bills/");
        assertThat(items(elsewhere)).isEmpty();
    }

    @Test
    void theSameEventTwiceNotifiesOnceWhileAnotherEventWithTheSameDataNotifiesAgain() {
        String staff = staffSubscribed("rules-dup", "jurisdiction", "ri");
        String body = billStatusChanged("ri-2026-s9", "ri", "high", "privacy");

        String ceId = TestKafka.sendCloudEvent(BILLS, "ri-2026-s9", STATUS_CHANGED, body);
        TestKafka.sendCloudEvent(BILLS, "ri-2026-s9", STATUS_CHANGED, body, ceId);
        TestKafka.sendCloudEvent(BILLS, "ri-2026-s9", STATUS_CHANGED, body);

        await().atMost(WAIT).until(() -> items(staff).size() == 2);
        assertThat(unread(staff)).isEqualTo(2);
    }

    @Test
    void aReplayOfAnEventAlreadyNotifiedWritesNothingNew() {
        String staff = staffSubscribed("rules-replay", "jurisdiction", "nh");
        ReceivedEvent event = new ReceivedEvent("replayed-event-1", STATUS_CHANGED, "/test", "nh-1", Instant.now(),
                billStatusChanged("nh-1", "nh", "high", "funding").getBytes(), null);
        NotificationRequest request = new NotificationRequest(event, Topics.LEGISLATION, STATUS_CHANGED,
                Map.of("identifier", "HB 1", "status", "passed"), Set.of(staff));

        notifier.notify(request);
        notifier.notify(request);

        assertThat(items(staff)).hasSize(1);
    }

    @Test
    void aCampaignReachesTheOfficersOfTargetedChaptersAndOfChaptersInTargetedStates() {
        TestKafka.sendCloudEvent(DIRECTORY, "CPW", "directory.ChapterRegistered.v1", chapterRegistered("CPW", "WA"));
        TestKafka.sendCloudEvent(DIRECTORY, "CPD", OFFICER_APPOINTED,
                officerAppointed("CPD", "cpd-person", "Dee Park", "dee@cpd.example"));
        String targeted = officerAccount("cpa-officer", "CPA");
        String inState = officerAccount("cpw-officer", "CPW");
        String untargeted = officerAccount("cpz-officer", "CPZ");
        await().atMost(WAIT).until(() -> !items(Recipient.officerId("cpd-person")).isEmpty()
                && chapters.findById("CPW").isPresent());

        TestKafka.sendCloudEvent(CAMPAIGNS, "camp-1", CAMPAIGN_LAUNCHED,
                campaignLaunched("camp-1", "\"CPA\",\"CPD\"", "\"WA\""));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(titles(targeted)).containsExactly("Call to action: Save library funding");
            assertThat(titles(inState)).containsExactly("Call to action: Save library funding");
            assertThat(titles(Recipient.officerId("cpd-person"))).contains("Call to action: Save library funding");
        });
        assertThat(items(untargeted)).isEmpty();
    }

    @Test
    void aReminderReachesOnlyTheOfficersOfThatChapter() {
        String officer = officerAccount("rem-officer", "REM");
        String other = officerAccount("rem-other", "REX");

        TestKafka.sendCloudEvent(REPORTS, "2026-REM", REMINDER_DUE, reminderDue("REM"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(titles(officer))
                .containsExactly("2026 report due 2026-03-31"));
        assertThat(items(officer).get(0).body()).isEqualTo("14 days left; the report is draft.");
        assertThat(items(other)).isEmpty();
    }

    @Test
    void aSubmissionSendsAReceiptToTheSubmitterAndANoteToStaffWhoAskedForReceipts() {
        Api api = new Api(port);
        String submitter = officerAccount("sub-officer", "SUB");
        String optedIn = "receipts-staff";
        api.put("/api/notifications/me/preferences", identity.token(optedIn, List.of("staff"), null),
                "{\"topics\":{\"survey-receipts\":true}}");
        String notOptedIn = "receipts-off-staff";
        api.get("/api/notifications/me/preferences", identity.token(notOptedIn, List.of("staff"), null));

        TestKafka.sendCloudEvent(REPORTS, "2026-SUB", REPORT_SUBMITTED, reportSubmitted("SUB", submitter));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(titles(submitter)).containsExactly("Received: SUB's 2026 report");
            assertThat(titles(optedIn)).contains("SUB submitted its 2026 report");
        });
        assertThat(titles(notOptedIn)).doesNotContain("SUB submitted its 2026 report");
    }

    @Test
    void aNewOfficerWithAnEmailIsWelcomedAndOneWithoutIsNot() {
        TestKafka.sendCloudEvent(DIRECTORY, "WEL", OFFICER_APPOINTED,
                officerAppointed("WEL", "wel-person", "Wen Li", "wen@wel.example"));
        TestKafka.sendCloudEvent(DIRECTORY, "WEL", OFFICER_APPOINTED,
                officerAppointed("WEL", "wel-nomail", "No Mail", null));

        await().atMost(WAIT).untilAsserted(() -> assertThat(titles(Recipient.officerId("wel-person")))
                .containsExactly("Welcome, Wen Li"));
        assertThat(items(Recipient.officerId("wel-nomail"))).isEmpty();
    }

    @Test
    void aBillEventWithoutBillIdIsDeadLettered() {
        try (KafkaConsumer<String, byte[]> deadLetters =
                TestKafka.consumerFromBeginning(BILLS + ".notification-service.dlq")) {
            TestKafka.sendCloudEvent(BILLS, "no-bill-id", STATUS_CHANGED, "{\"jurisdiction\":\"ca\"}");

            TestKafka.awaitRecord(deadLetters, "no-bill-id", Duration.ofSeconds(30));
        }
    }

    private String staffSubscribed(String subject, String kind, String value) {
        new Api(port).post("/api/notifications/me/subscriptions", identity.token(subject, List.of("staff"), null),
                "{\"kind\":\"%s\",\"value\":\"%s\"}".formatted(kind, value));
        return subject;
    }

    private String officerAccount(String subject, String chapterId) {
        new Api(port).get("/api/notifications/me/preferences",
                identity.token(subject, List.of("chapter-officer"), chapterId));
        return subject;
    }

    private List<InboxItem> items(String recipientId) {
        return inbox.findByRecipientId(recipientId, Pageable.unpaged()).getContent();
    }

    private List<String> titles(String recipientId) {
        return items(recipientId).stream().map(InboxItem::title).toList();
    }

    private long unread(String recipientId) {
        return inbox.countByRecipientIdAndReadFalse(recipientId);
    }
}
