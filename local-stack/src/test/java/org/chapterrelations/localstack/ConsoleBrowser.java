package org.chapterrelations.localstack;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven through Debian's chromedriver, with a fresh profile: a new browser is
 * a new user with no sign-in cookie. Finds things the way a user does (by visible text and label).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final String gatewayUrl;

    private ConsoleBrowser(String gatewayUrl, int width, int height) throws IOException {
        this.gatewayUrl = gatewayUrl;
        this.profile = Files.createTempDirectory("web-console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags this machine needs: no sandbox as root, and no background calls to Google's hosts.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--user-data-dir=" + profile,
                "--window-size=" + Math.max(width, 800) + "," + height);
        if (width < 800) {
            // Headless windows are at least 500 px wide: a phone's viewport is emulated instead.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, WAIT);
    }

    static ConsoleBrowser open(String gatewayUrl) throws IOException {
        return new ConsoleBrowser(gatewayUrl, 1280, 1000);
    }

    /** A phone-sized window (for the no-horizontal-scroll checks). */
    static ConsoleBrowser openNarrow(String gatewayUrl, int width, int height) throws IOException {
        return new ConsoleBrowser(gatewayUrl, width, height);
    }

    /** Skips the tests with how to install Chromium when it is missing; under CI it is a failure instead. */
    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "WebConsoleIT needs Debian's Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): install them with `apt-get install -y chromium chromium-driver`";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    /** Signs in through the real login page of the auth server, as a person would. */
    void signIn(String username, String password) {
        driver.get(gatewayUrl + "/");
        click(button("Sign in"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-user"), username));
    }

    void go(String hashRoute) {
        driver.get(gatewayUrl + "/" + hashRoute);
    }

    WebElement heading(String text) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h1[contains(normalize-space(.), " + literal(text) + ")]")));
    }

    /** As {@link #heading}, saving what the page shows as target/screenshots/{name}.png when it never comes. */
    WebElement headingOrScreenshot(String text, String name) throws IOException {
        try {
            return heading(text);
        } catch (TimeoutException e) {
            Path shot = screenshot(name);
            throw new AssertionError("no heading \"" + text + "\" at " + driver.getCurrentUrl() + "; the page: "
                    + shot.toAbsolutePath() + "\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Waits until the page shows this text somewhere in the main content. */
    void sees(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), text));
    }

    By button(String text) {
        return By.xpath("//button[normalize-space(.)=" + literal(text) + "]");
    }

    By link(String text) {
        return By.xpath("//a[normalize-space(.)=" + literal(text) + "]");
    }

    void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /** The form control a visible label names (label[for] or the legend of a group's first option). */
    WebElement labelled(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(normalize-space(.), " + literal(label) + ")]")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** The option of a radio or checkbox group: the group's legend, then the option's own label. */
    WebElement option(String legend, String option) {
        WebElement group = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//fieldset[legend[contains(normalize-space(.), " + literal(legend) + ")]]")));
        WebElement label = group.findElement(By.xpath(".//label[normalize-space(.)=" + literal(option) + "]"));
        return driver.findElement(By.id(label.getAttribute("for")));
    }

    void type(String label, String text) {
        WebElement field = labelled(label);
        field.clear();
        field.sendKeys(text);
    }

    /** The message shown next to a control, through its aria-describedby (what a screen reader reads with it). */
    String errorFor(WebElement control) {
        for (String id : control.getAttribute("aria-describedby").split("\\s+")) {
            WebElement described = driver.findElement(By.id(id));
            if (described.getAttribute("class").contains("field-error") && described.isDisplayed()) {
                return described.getText();
            }
        }
        return "";
    }

    /** Waits until a message shows next to the control (the API's field error placed there) and returns it. */
    String errorShownFor(WebElement control) {
        return wait.until(driver -> {
            String message = errorFor(control);
            return message.isEmpty() ? null : message;
        });
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** The number on the navigation's unread badge; 0 while it is hidden. */
    int unreadCount() {
        WebElement badge = driver.findElement(By.id("unread-badge"));
        String digits = badge.getAttribute("textContent").replaceAll("\\D", "");
        return badge.isDisplayed() && !digits.isEmpty() ? Integer.parseInt(digits) : 0;
    }

    /** Saves what the user sees now as target/screenshots/{name}.png. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** XPath string literal for any text (quotes included). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + String.join("', \"'\", '", List.of(text.split("'", -1))) + "')";
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
