package org.chapterrelations.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.chapterrelations.localstack.sample.SampleDataSeeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The local run's sample data, on a stack of its own: loaded once through the public API, every console
 * screen has something to show, a second run loads nothing, and the README's tour works on it in a browser
 * (its screenshots, target/screenshots/tour-*.png, are the README's).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleDataIT {

    private static final int PORT_OFFSET = 3000;
    /** A numeric question both sample years ask. */
    private static final String SURVEY_COMPARED_QUESTION = "personal_members";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningStack stack;
    private static GatewayCalls staff;
    private static SampleDataSeeder.SeedReport first;

    @BeforeAll
    static void startStackAndSeed() throws IOException, InterruptedException {
        stack = LocalStack.start(TestStacks.fresh("sample-data", PORT_OFFSET));
        staff = new GatewayCalls(stack.gatewayUrl(), new DemoTokens(stack.authUrl()).accessToken("staff"));
        first = new SampleDataSeeder(stack).seed();
        System.out.println(first.summary());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void everyPartLoadsWithoutRefusalAndASecondRunLoadsNothing() throws InterruptedException {
        assertThat(first.refusals()).isEmpty();
        assertThat(first.parts()).extracting(part -> part.part())
                .containsExactly("chapters", "officers", "subscriptions", "legislation", "surveys");
        assertThat(first.parts()).allSatisfy(part -> assertThat(part.loaded()).as(part.part()).isPositive());

        SampleDataSeeder.SeedReport again = new SampleDataSeeder(stack).seed();

        assertThat(again.refusals()).isEmpty();
        assertThat(again.parts()).allSatisfy(part -> {
            assertThat(part.loaded()).as(part.part()).isZero();
            assertThat(part.alreadyPresent()).as(part.part()).isPositive();
        });
    }

    @Test
    void theDirectoryHasStudentChaptersAndOfficersPastPresentAndScheduled() {
        assertThat(json("/api/directory/chapters?kind=student").path("content")).hasSizeGreaterThanOrEqualTo(4);
        JsonNode history = json("/api/directory/chapters/CA/officers?history=true").path("content");
        Set<String> roles = new HashSet<>();
        history.forEach(term -> roles.add(term.path("role").asString()));
        assertThat(roles).contains("president", "president-elect", "past-president", "councilor", "treasurer");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(history).filteredOn(term -> term.hasNonNull("end")).anySatisfy(past ->
                assertThat(LocalDate.parse(past.path("end").asString())).isBefore(today));
        assertThat(history).anySatisfy(scheduled -> assertThat(LocalDate.parse(scheduled.path("start").asString()))
                .isAfter(today));
    }

    @Test
    void billsInSeveralStatesAndCongressAreTrackedByTheLibraryRuleAndACampaignIsLaunched() {
        JsonNode bills = json("/api/legislation/bills?size=200").path("content");
        Set<String> jurisdictions = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        bills.forEach(bill -> {
            jurisdictions.add(bill.path("jurisdiction").asString());
            statuses.add(bill.path("status").asString());
        });
        assertThat(jurisdictions).contains("ca", "us").hasSizeGreaterThanOrEqualTo(4);
        assertThat(statuses).contains("in-committee", "enacted", "failed").hasSizeGreaterThanOrEqualTo(5);
        assertThat(json("/api/legislation/bills?tracked=true&size=200").path("content")).isNotEmpty()
                .hasSizeLessThan(bills.size());
        assertThat(json("/api/legislation/watch-rules")).anySatisfy(rule ->
                assertThat(rule.path("name").asString()).startsWith("Sample"));
        assertThat(json("/api/legislation/campaigns?status=launched")).isNotEmpty();
    }

    @Test
    void staffSubscriptionsFillTheInboxWithAlertsAboutTheSampleBills() {
        assertThat(json("/api/notifications/me/subscriptions")).hasSizeGreaterThanOrEqualTo(3);
        await("alerts about sample bills in the staff inbox").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> json("/api/notifications/me/inbox/unread-count").path("unread").asInt() > 0);
    }

    @Test
    void thisYearsSurveyIsOpenAndLastYearsResultsCompareWithIt() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        assertThat(json("/api/surveys/" + year).path("state").asString()).isEqualTo("open");
        JsonNode board = json("/api/surveys/" + year + "/status");
        assertThat(board.toString()).contains("submitted", "draft", "not-started");
        assertThat(json("/api/surveys/" + (year - 1) + "/results").path("submittedReports").asInt()).isPositive();
        assertThat(json("/api/surveys/" + (year - 1)).path("state").asString()).isEqualTo("closed");
        JsonNode compared = json("/api/surveys/results/compare?questionKey=" + SURVEY_COMPARED_QUESTION
                + "&years=" + (year - 1) + "," + year).path("years");
        assertThat(compared).hasSize(2).allSatisfy(figures ->
                assertThat(figures.path("statistics").path("count").asInt()).isPositive());
    }

    /** README, "The first ten minutes": the same steps, the same files. */
    @Test
    @Order(10)
    void theReadmeTourWorksOnTheSampleData() throws IOException {
        ConsoleBrowser.requireChromium();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        try (ConsoleBrowser browser = ConsoleBrowser.open(stack.gatewayUrl())) {
            browser.signIn("staff", "staff-demo");
            browser.click(browser.link("Directory"));
            browser.type("Name, code or city", "california");
            browser.click(browser.button("Search"));
            browser.click(browser.link("California Library Association"));
            browser.heading("California Library Association");
            browser.sees("Maria Lopez");
            browser.sees("Daniel Okafor");
            browser.screenshot("tour-chapter");

            browser.click(browser.link("Bills"));
            browser.heading("Bills");
            browser.sees("AB 1234");
            int before = browser.unreadCount();
            // what the README's curl sends: AB 1234 with one more action, the Assembly's vote
            HttpResponse<String> moved = staff.send("POST", "/api/legislation/imports?jurisdiction=ca",
                    "application/json", Files.readString(LauncherPaths.repoRoot(null)
                            .resolve("docs/tour/ca-ab1234-passes-the-assembly.json")));
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            browser.until(driver -> browser.unreadCount() > before);
            browser.click(By.xpath("//nav[@id='main-nav']//a[starts-with(normalize-space(.), 'Inbox')]"));
            browser.heading("Inbox");
            browser.sees("AB 1234 (California) is now passed one chamber");
            browser.screenshot("tour-inbox");
        }
        try (ConsoleBrowser officer = ConsoleBrowser.open(stack.gatewayUrl())) {
            officer.signIn("officer-ca", "officer-demo");
            officer.click(officer.link("Report"));
            officer.heading("State of the Chapter report: CA");
            officer.click(officer.button("Start from the " + (year - 1) + " answers"));
            // the form is drawn again with last year's answers
            officer.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-state"), "Draft"));
            WebElement members = officer.labelled("Personal members");
            assertThat(members.getAttribute("value")).isNotBlank();
            members.clear();
            members.sendKeys("2290");
            officer.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Draft saved"));
            officer.click(officer.button("Submit report"));
            officer.sees("Report submitted: version 1");
            officer.screenshot("tour-report");
        }
        try (ConsoleBrowser board = ConsoleBrowser.open(stack.gatewayUrl())) {
            board.signIn("staff", "staff-demo");
            board.click(board.link("Survey board"));
            board.heading(year + " survey board");
            WebElement row = board.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[normalize-space(.)='CA']]")));
            assertThat(row.getText()).contains("submitted");
            board.screenshot("tour-board");
        }
    }

    private static JsonNode json(String path) {
        HttpResponse<String> response = staff.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
