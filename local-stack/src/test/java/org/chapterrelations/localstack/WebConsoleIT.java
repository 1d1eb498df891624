package org.chapterrelations.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.localstack.ConsoleAccessibility.seriousAxeFindings;
import static org.chapterrelations.localstack.ConsoleAccessibility.tabTo;
import static org.chapterrelations.localstack.ConsoleAccessibility.unnamedControls;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web console in a real headless Chromium against the whole platform: staff see a bill alert arrive
 * live, a chapter officer fills in and submits the report and staff see it on the board, everything works
 * from the keyboard with named controls and no serious axe finding, and nothing scrolls sideways on a phone.
 * Then the editing screens: staff appoint a new president on a chapter's page (the sitting one becomes past)
 * and end a term, edit a person, grant an extension on the board and read a report's versions, and change a
 * watch rule and see its dry run; each shows the API's field errors next to the field. Last, a tab whose
 * token is about to expire gets a new one through the identity provider's session without leaving the page,
 * and so does one seen again after its token expired.
 * Screenshots of each main screen go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebConsoleIT {

    private static final int PORT_OFFSET = 6000;
    private static final String REPORT = "#/survey/report";
    private static final int YEAR = ConsoleFixture.YEAR;

    /** The main screens, for the accessibility and narrow-window checks. */
    private static final Map<String, String> MAIN_SCREENS = Map.of(
            "directory", "#/directory",
            "chapter page", "#/directory/CA",
            "bill dashboard", "#/bills",
            "bill page", "#/bills/" + ConsoleFixture.ALERT_BILL_ID,
            "status board", "#/survey/status",
            "results", "#/survey/results",
            "inbox", "#/inbox",
            "settings", "#/settings");

    private static RunningStack stack;
    private static ConsoleFixture fixture;

    @BeforeAll
    static void startStack() throws Exception {
        ConsoleBrowser.requireChromium();
        stack = LocalStack.start(TestStacks.fresh("web-console", PORT_OFFSET));
        stack.printTable(System.out);
        String staffToken = new DemoTokens(stack.authUrl()).accessToken("staff");
        fixture = new ConsoleFixture(new GatewayCalls(stack.gatewayUrl(), staffToken));
        fixture.setUp(stack);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void staffTrackBillAndSeeTheAlertArriveInTheInboxWithoutReloading() throws IOException {
        try (ConsoleBrowser browser = ConsoleBrowser.open(stack.gatewayUrl())) {
            browser.signIn("staff", "staff-demo");
            browser.click(browser.link("Settings"));
            browser.heading("Notification settings");
            WebElement value = browser.labelled("Value");
            value.sendKeys("california");
            browser.click(browser.button("Subscribe"));
            assertThat(browser.errorShownFor(value)).contains("two-letter state code");
            // the error's field gets the focus back from the button, ready to be corrected
            assertThat(browser.driver.switchTo().activeElement()).isEqualTo(value);
            value.clear();
            value.sendKeys("ca");
            browser.click(browser.button("Subscribe"));
            browser.sees("jurisdiction: ca");
            // set when the page loaded: still there at the end means the page never reloaded
            browser.script("window.stillTheSamePage = true;");

            fixture.createAlertBill();
            browser.until(driver -> browser.unreadCount() >= 1);
            int beforeTracking = browser.unreadCount();

            browser.click(browser.link("Bills"));
            browser.heading("Bills");
            browser.screenshot("bill-dashboard");
            browser.go("#/bills/" + ConsoleFixture.ALERT_BILL_ID);
            browser.heading("CA AB 1234");
            new Select(browser.labelled("Position")).selectByVisibleText("support");
            new Select(browser.labelled("Priority")).selectByVisibleText("high");
            browser.click(browser.button("Save position"));
            browser.sees("Position saved.");
            browser.screenshot("bill-page");

            browser.until(driver -> browser.unreadCount() > beforeTracking);
            browser.click(By.xpath("//nav[@id='main-nav']//a[starts-with(normalize-space(.), 'Inbox')]"));
            browser.heading("Inbox");
            browser.sees("Now tracking AB 1234 (California)");
            browser.sees("AB 1234 (California) is now in committee");
            browser.screenshot("inbox");
            assertThat(browser.script("return window.stillTheSamePage === true;")).isEqualTo(true);
        }
    }

    @Test
    @Order(2)
    void officerFillsAndSubmitsTheReportAndStaffSeeItOnTheBoard() throws IOException {
        try (ConsoleBrowser officer = ConsoleBrowser.open(stack.gatewayUrl())) {
            officer.signIn("officer-ca", "officer-demo");
            officer.click(officer.link("Report"));
            officer.heading("State of the Chapter report: CA");

            WebElement members = officer.labelled("Members on 31 December");
            members.clear();
            members.sendKeys("-5");
            assertThat(officer.errorShownFor(members)).isNotBlank();
            assertThat(members.getAttribute("aria-invalid")).isEqualTo("true");
            officer.sees("Not saved");

            members.clear();
            members.sendKeys("120");
            officer.type("Report contact e-mail", "reports@cla.example.org");
            assertThat(officer.driver.findElements(By.xpath("//label[contains(., 'Summarise your advocacy')]"))
                    .stream().noneMatch(WebElement::isDisplayed)).as("conditional question hidden at first").isTrue();
            officer.option("Did the chapter advocate this year?", "Yes").click();
            officer.type("Summarise your advocacy", "Testified twice on library broadband grants.");
            check(officer.option("Topics you worked on", "funding"));
            officer.option("Where most members work", "urban").click();
            officer.option("Satisfaction with the office's support", "4").click();
            WebElement eventName = officer.driver.findElement(By.cssSelector("[aria-label='Event name, row 1']"));
            eventName.clear();
            eventName.sendKeys("Annual conference");
            officer.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Draft saved"));
            officer.screenshot("report-form");

            officer.click(By.xpath("//button[normalize-space(.)='Submit report' or normalize-space(.)='Submit amendment']"));
            officer.sees("Report submitted: version");
        }
        try (ConsoleBrowser staff = ConsoleBrowser.open(stack.gatewayUrl())) {
            staff.signIn("staff", "staff-demo");
            staff.click(staff.link("Survey board"));
            staff.heading(ConsoleFixture.YEAR + " survey board");
            WebElement row = staff.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[normalize-space(.)='CA']]")));
            assertThat(row.getText()).contains("California Library Association", "submitted");
            staff.screenshot("status-board");

            staff.click(staff.link("See the results"));
            staff.heading(ConsoleFixture.YEAR + " survey results");
            staff.sees("Submitted reports: 1");
            // the first chart in view, as a reader scrolling down would see it
            staff.script("document.querySelector('figure.chart').scrollIntoView();");
            staff.screenshot("results");
        }
    }

    @Test
    @Order(3)
    void navigationAndReportFormWorkFromTheKeyboardAndEveryControlIsNamed() throws IOException {
        try (ConsoleBrowser officer = ConsoleBrowser.open(stack.gatewayUrl())) {
            officer.signIn("officer-ca", "officer-demo");
            WebElement report = tabTo(officer, "Report");
            report.sendKeys(Keys.ENTER);
            officer.heading("State of the Chapter report: CA");
            WebElement members = tabTo(officer, "Members on 31 December");
            members.sendKeys(Keys.chord(Keys.CONTROL, "a"), "130");
            officer.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Draft saved"));
            // "Submit report", or "Submit amendment" once the report was submitted before
            WebElement submit = tabTo(officer, "Submit ");
            submit.sendKeys(Keys.ENTER);
            officer.sees("Report submitted: version");
            assertThat(unnamedControls(officer)).as("controls without an accessible name on the report form").isEmpty();
            assertThat(seriousAxeFindings(officer)).as("axe findings on the report form").isEmpty();
        }
        try (ConsoleBrowser staff = ConsoleBrowser.open(stack.gatewayUrl())) {
            staff.signIn("staff", "staff-demo");
            for (Map.Entry<String, String> screen : MAIN_SCREENS.entrySet()) {
                staff.go(screen.getValue());
                waitForScreen(staff);
                if (screen.getKey().equals("directory") || screen.getKey().equals("chapter page")) {
                    staff.screenshot(screen.getKey().replace(' ', '-'));
                }
                assertThat(unnamedControls(staff)).as("controls without an accessible name on the " + screen.getKey())
                        .isEmpty();
                assertThat(seriousAxeFindings(staff)).as("axe findings on the " + screen.getKey()).isEmpty();
            }
        }
    }

    @Test
    @Order(4)
    void mainScreensFitAPhoneWithoutScrollingSideways() throws IOException {
        try (ConsoleBrowser phone = ConsoleBrowser.openNarrow(stack.gatewayUrl(), 375, 812)) {
            phone.signIn("staff", "staff-demo");
            List<String> tooWide = new ArrayList<>();
            for (Map.Entry<String, String> screen : MAIN_SCREENS.entrySet()) {
                phone.go(screen.getValue());
                waitForScreen(phone);
                Object widths = phone.script("return [document.documentElement.scrollWidth, window.innerWidth];");
                List<?> pair = (List<?>) widths;
                if (((Number) pair.get(0)).intValue() > ((Number) pair.get(1)).intValue()) {
                    tooWide.add(screen.getKey() + " " + widths);
                }
            }
            phone.go("#/bills");
            waitForScreen(phone);
            phone.screenshot("phone-bill-dashboard");
            assertThat(tooWide).as("screens wider than a 375 px window").isEmpty();
        }
        try (ConsoleBrowser phone = ConsoleBrowser.openNarrow(stack.gatewayUrl(), 375, 812)) {
            phone.signIn("officer-ca", "officer-demo");
            phone.click(phone.button("Menu"));
            phone.click(phone.link("Report"));
            phone.heading("State of the Chapter report: CA");
            assertThat(((Number) phone.script("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .intValue()).as("report form overflow").isLessThanOrEqualTo(0);
        }
    }

    @Test
    @Order(5)
    void staffAppointANewPresidentFromTheChapterPageAndTheSittingOneBecomesPast() throws IOException {
        try (ConsoleBrowser staff = ConsoleBrowser.open(stack.gatewayUrl())) {
            staff.signIn("staff", "staff-demo");
            staff.go("#/directory/CA");
            staff.heading("California Library Association");

            // the API's own rule, shown next to the field it names
            staff.type("Find a person by name", "Lopez");
            staff.click(staff.button("Find"));
            staff.option("People found", "Maria Lopez (maria.lopez@example.org)").click();
            new Select(staff.labelled("Office")).selectByVisibleText("treasurer");
            date(staff.labelled("First day"), LocalDate.of(YEAR, 3, 1));
            WebElement lastDay = staff.labelled("Last day");
            date(lastDay, LocalDate.of(YEAR, 2, 1));
            staff.click(staff.button("Appoint"));
            assertThat(staff.errorShownFor(lastDay)).contains("must not be before start");
            assertThat(lastDay.getAttribute("aria-invalid")).isEqualTo("true");
            staff.screenshot("chapter-officer-error");

            staff.option("Person", "A new person").click();
            staff.type("Given name", "Jordan");
            staff.type("Family name", "Reyes");
            staff.type("E-mail", "jordan.reyes@example.org");
            new Select(staff.labelled("Office")).selectByVisibleText("president");
            date(staff.labelled("First day"), LocalDate.now());
            lastDay.clear();
            staff.click(staff.button("Appoint"));
            staff.sees("Jordan Reyes appointed president");
            assertThat(officerRow(staff, "Current officers", "Jordan Reyes").getText()).contains("president", "open");
            assertThat(officerRow(staff, "Past officers", "Dana Whitfield").getText()).contains("president")
                    .doesNotContain("open");
            assertThat(lastDay.getAttribute("aria-invalid")).isNull();
            staff.screenshot("chapter-officers");

            staff.click(staff.button("End term of Jordan Reyes (president)"));
            WebElement ending = staff.labelled("Last day in office");
            date(ending, LocalDate.now().plusYears(1));
            staff.click(staff.button("End term"));
            staff.sees("Jordan Reyes's term as president ends");
            // the message comes with the answer; the officers table is drawn again a moment later
            staff.until(driver -> {
                try {
                    return !officerRow(staff, "Current officers", "Jordan Reyes").getText().contains("open");
                } catch (StaleElementReferenceException redrawn) {
                    return false;
                }
            });
        }
        try (ConsoleBrowser officer = ConsoleBrowser.open(stack.gatewayUrl())) {
            officer.signIn("officer-ca", "officer-demo");
            officer.go("#/directory/CA");
            officer.heading("California Library Association");
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("appoint-heading")));
            assertThat(officer.driver.findElements(By.xpath("//label[normalize-space(.)='A new person']")))
                    .as("only staff add people").isEmpty();
            officer.go("#/directory/NY");
            waitForScreen(officer);
            assertThat(officer.driver.findElements(By.id("appoint-heading"))).as("another chapter's officers").isEmpty();
        }
    }

    @Test
    @Order(6)
    void aPersonsPageShowsTheirOfficeAndTheEditFormShowsTheApisFieldErrors() throws IOException {
        try (ConsoleBrowser staff = ConsoleBrowser.open(stack.gatewayUrl())) {
            staff.signIn("staff", "staff-demo");
            staff.go("#/directory/CA");
            staff.click(staff.link("Dana Whitfield"));
            staff.heading("Dana Whitfield");
            WebElement pastPresidency = staff.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[normalize-space(.)='California Library Association']]")));
            assertThat(pastPresidency.getText()).as("a past term has its last day").contains("president")
                    .doesNotContain("open");
            staff.go("#/directory/people?q=Reyes");
            staff.click(staff.link("Jordan Reyes"));
            staff.heading("Jordan Reyes");
            staff.sees("Offices");
            WebElement office = staff.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[normalize-space(.)='California Library Association']]")));
            assertThat(office.getText()).contains("president");
            staff.screenshot("person-page");
            assertAccessible(staff, "person page");

            staff.click(staff.link("Edit person"));
            staff.heading("Edit Jordan Reyes");
            staff.type("Organization", "Oakland Public Library");
            WebElement zip = staff.labelled("ZIP code");
            zip.sendKeys("9410");
            staff.click(staff.button("Save person"));
            assertThat(staff.errorShownFor(zip)).contains("ZIP");
            zip.sendKeys("2");
            staff.click(staff.button("Save person"));
            staff.sees("Saved. Jordan Reyes is up to date.");
            assertThat(zip.getAttribute("aria-invalid")).isNull();
            staff.screenshot("person-edit");
            assertAccessible(staff, "person edit form");
            staff.click(staff.link("Back to the person"));
            staff.sees("Oakland Public Library");
        }
    }

    @Test
    @Order(7)
    void staffGrantAnExtensionOnTheBoardAndSeeTheNewDeadlineAndTheReportsVersions() throws IOException {
        LocalDate closesOn = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        LocalDate extended = closesOn.plusDays(14);
        try (ConsoleBrowser staff = ConsoleBrowser.open(stack.gatewayUrl())) {
            staff.signIn("staff", "staff-demo");
            staff.click(staff.link("Survey board"));
            staff.heading(YEAR + " survey board");
            Select chapter = new Select(staff.labelled("Chapter"));
            assertThat(chapter.getFirstSelectedOption().getAttribute("value")).as("the form's first choice")
                    .isNotEqualTo("CA");
            chapter.selectByValue("CA");
            WebElement deadline = staff.labelled("New deadline");
            date(deadline, closesOn.minusDays(1));
            staff.click(staff.button("Grant extension"));
            assertThat(staff.errorShownFor(deadline)).contains("on or after the closing date");
            assertThat(deadline.getAttribute("aria-invalid")).isEqualTo("true");

            date(deadline, extended);
            staff.click(staff.button("Grant extension"));
            staff.sees("CA now has until");
            String shown = extended.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US));
            staff.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.xpath("//tr[td[normalize-space(.)='CA']]"), shown));
            staff.sees("Extensions: CA until " + shown);
            // the board was drawn again around the form, which still names the chapter just extended
            assertThat(new Select(staff.labelled("Chapter")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("CA");
            staff.screenshot("status-board-extension");
            assertAccessible(staff, "status board with an extension");

            staff.click(staff.link("California Library Association"));
            staff.heading("State of the Chapter report: CA");
            staff.sees("Due " + shown);
            staff.click(staff.button("Show the submitted answers"));
            staff.click(By.xpath("//summary[starts-with(normalize-space(.), 'Version 1:')]"));
            staff.sees("reports@cla.example.org");
            staff.screenshot("report-versions");
            assertAccessible(staff, "report with its versions");
        }
    }

    @Test
    @Order(8)
    void staffChangeAWatchRuleAndSeeItsDryRun() throws IOException {
        try (ConsoleBrowser staff = ConsoleBrowser.open(stack.gatewayUrl())) {
            staff.signIn("staff", "staff-demo");
            staff.click(staff.link("Watch rules"));
            staff.heading("Watch rules");
            staff.click(staff.link("Edit Intellectual freedom"));
            staff.heading("Edit Intellectual freedom");
            WebElement jurisdictions = staff.labelled("Jurisdictions");
            jurisdictions.sendKeys("tx, texas");
            staff.click(staff.button("Save rule"));
            assertThat(staff.errorShownFor(jurisdictions)).contains("two-letter state code");

            jurisdictions.clear();
            staff.type("Keywords", "broadband");
            staff.type("Subjects", "");
            staff.click(staff.button("Save rule"));
            staff.sees("Saved. Intellectual freedom applies to new and changed bills");
            staff.sees("Matches ");
            staff.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[normalize-space(.)='TX SB 12']")));
            staff.script("document.getElementById('dry-run-heading').scrollIntoView();");
            assertThat(jurisdictions.getAttribute("aria-invalid")).isNull();
            staff.screenshot("watch-rule-edit");
            assertAccessible(staff, "watch rule form");
        }
    }

    @Test
    @Order(9)
    void aChapterOfficerEditsTheirChaptersContactDetailsAndSeesTheApisFieldErrors() throws IOException {
        try (ConsoleBrowser officer = ConsoleBrowser.open(stack.gatewayUrl())) {
            officer.signIn("officer-ca", "officer-demo");
            officer.go("#/directory/CA");
            officer.heading("California Library Association");
            officer.click(officer.link("Edit chapter"));
            officer.heading("Edit California Library Association");
            assertThat(officer.driver.findElements(By.xpath("//legend[normalize-space(.)='Chapter']")))
                    .as("the fields only staff may change").isEmpty();

            WebElement website = officer.labelled("Website");
            website.clear();
            website.sendKeys("cla.example.org");
            officer.click(officer.button("Save chapter"));
            assertThat(officer.errorShownFor(website)).contains("http(s) URL");
            assertThat(website.getAttribute("aria-invalid")).isEqualTo("true");

            website.clear();
            website.sendKeys("https://cla.example.org/contact");
            officer.click(officer.button("Save chapter"));
            officer.sees("Saved. California Library Association is up to date.");
            assertThat(website.getAttribute("aria-invalid")).isNull();
            officer.screenshot("chapter-edit");
            assertAccessible(officer, "chapter edit form");
            officer.click(officer.link("Back to the chapter"));
            officer.sees("https://cla.example.org/contact");
        }
    }

    @Test
    @Order(10)
    void aSignedInTabGetsAFreshTokenBeforeItsOwnExpiresWithoutLeavingThePage() throws IOException {
        try (ConsoleBrowser staff = ConsoleBrowser.open(stack.gatewayUrl())) {
            staff.signIn("staff", "staff-demo");
            String first = storedAccessToken(staff);
            // As if the hour were nearly over: two minutes and two seconds left, seen by the console as it starts.
            staff.script("""
                    const tokens = JSON.parse(sessionStorage.getItem('console.tokens'));
                    tokens.expiresAt = Date.now() + 122000;
                    sessionStorage.setItem('console.tokens', JSON.stringify(tokens));""");
            staff.driver.navigate().refresh();
            staff.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-user"), "staff"));
            staff.script("window.stillTheSamePage = true;");

            staff.until(driver -> !first.equals(storedAccessToken(staff)));
            assertThat(staff.script("return window.stillTheSamePage === true;")).as("no reload, no visit to sign in")
                    .isEqualTo(true);
            assertThat((Long) staff.script("""
                    return JSON.parse(sessionStorage.getItem('console.tokens')).expiresAt - Date.now();"""))
                    .as("the new token's remaining life (ms)").isGreaterThan(50 * 60 * 1000L);
            staff.until(driver -> driver.findElements(By.tagName("iframe")).isEmpty());

            // As after a night asleep: the token has expired when the page is seen again.
            String second = storedAccessToken(staff);
            staff.script("""
                    const tokens = JSON.parse(sessionStorage.getItem('console.tokens'));
                    tokens.expiresAt = Date.now() - 1000;
                    sessionStorage.setItem('console.tokens', JSON.stringify(tokens));
                    document.dispatchEvent(new Event('visibilitychange'));""");
            // a new token, not none: a call refused meanwhile would drop the tokens and leave to sign in
            staff.until(driver -> {
                String renewed = storedAccessToken(staff);
                return renewed != null && !renewed.equals(second);
            });
            assertThat(staff.script("return window.stillTheSamePage === true;")).as("renewed without leaving")
                    .isEqualTo(true);
            // the new token is accepted: the inbox needs one
            staff.click(By.xpath("//nav[@id='main-nav']//a[starts-with(normalize-space(.), 'Inbox')]"));
            staff.headingOrScreenshot("Inbox", "token-renewal-inbox");
            assertThat(staff.script("return window.stillTheSamePage === true;")).as("the inbox came without a sign-in")
                    .isEqualTo(true);

            // Run out again, and a click comes before the page hears it is seen: the call waits for a new token.
            String third = storedAccessToken(staff);
            staff.script("""
                    const tokens = JSON.parse(sessionStorage.getItem('console.tokens'));
                    tokens.expiresAt = Date.now() - 1000;
                    sessionStorage.setItem('console.tokens', JSON.stringify(tokens));""");
            staff.click(By.xpath("//nav[@id='main-nav']//a[starts-with(normalize-space(.), 'Settings')]"));
            staff.headingOrScreenshot("Notification settings", "token-renewal-settings");
            assertThat(storedAccessToken(staff)).as("renewed for the call").isNotNull().isNotEqualTo(third);
            assertThat(staff.script("return window.stillTheSamePage === true;")).as("no visit to sign in")
                    .isEqualTo(true);
        }
    }

    private static String storedAccessToken(ConsoleBrowser browser) {
        return (String) browser.script("return JSON.parse(sessionStorage.getItem('console.tokens') || '{}').accessToken;");
    }

    private static WebElement officerRow(ConsoleBrowser browser, String caption, String name) {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//table[caption[starts-with("
                + "normalize-space(.), " + ConsoleBrowser.literal(caption) + ")]]//tr[td[normalize-space(.)="
                + ConsoleBrowser.literal(name) + "]]")));
    }

    /** Types a date into a date input as a user of an en-US browser does: month, day, year. */
    private static void date(WebElement input, LocalDate value) {
        input.clear();
        input.sendKeys(value.format(DateTimeFormatter.ofPattern("MMddyyyy")));
    }

    private static void assertAccessible(ConsoleBrowser browser, String screen) {
        assertThat(unnamedControls(browser)).as("controls without an accessible name on the " + screen).isEmpty();
        assertThat(seriousAxeFindings(browser)).as("axe findings on the " + screen).isEmpty();
    }

    private static void check(WebElement box) {
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static void waitForScreen(ConsoleBrowser browser) {
        browser.until(driver -> driver.findElements(By.cssSelector("#main .loading")).isEmpty()
                && !driver.findElements(By.cssSelector("#main h1")).isEmpty());
    }
}
