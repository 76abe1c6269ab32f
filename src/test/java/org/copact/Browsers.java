package org.copact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.copact.identity.Caller;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, driven by Debian's chromedriver, as CI installs them. A missing browser fails
 * the test that needs it: a browser test that skips itself would let a broken page through.
 */
public final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {
    }

    /** A phone-sized headless chromium with a fresh profile; the network beyond loopback is not needed. */
    public static WebDriver phone() {
        return chromium("390,844");
    }

    /** The same at a desk's size, for Camunda's webapps, which are laid out for one. */
    public static WebDriver desktop() {
        return chromium("1280,900");
    }

    private static WebDriver chromium(String windowSize) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y --no-install-recommends chromium chromium-driver, as .ci/run does.");
        }
        try {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=" + windowSize,
                    "--user-data-dir=" + Files.createTempDirectory("copact-chromium"));
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Logs a staff member in on Copact's login page, once the browser shows it: their username, their
     * password (the username, as {@link TestRounds} makes staff), and the page's button.
     */
    public static void logIn(WebDriver browser, Caller.Staff staff) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> browser.findElement(By.id("username")), WebElement::isDisplayed)
                .sendKeys(staff.username());
        browser.findElement(By.id("password")).sendKeys(staff.username());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Keeps what the page looks like now under target/screenshots, for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core, run inside the page: no serious or critical violation may be left. */
    public static void assertAccessible(WebDriver driver, String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browsers::describe)
                .toList();
        assertThat(results.getPasses()).as("axe-core ran on %s", page).isNotEmpty();
        assertThat(severe).as("serious or critical accessibility violations on %s", page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
