package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.copact.Browsers;
import org.copact.HttpTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public verification page in a real chromium on a phone, as someone given a pact would use it:
 * in Greek, without a login; axe-core checks it empty, with a refusal and with an answer.
 */
class PublicVerificationInTheBrowserTests extends HttpTestSupport {

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldCheckAHashInGreekWithoutALoginAndStayAccessible() {
        browser = Browsers.phone();
        browser.get(baseUrl() + "/verify?lang=el");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Έλεγχος συμφώνου");
        Browsers.assertAccessible(browser, "/verify");

        browser.findElement(By.id("sha256")).sendKeys("not a hash");
        browser.findElement(By.cssSelector("form[method=get] button[type=submit]")).click();
        assertThat(waitFor(By.id("verify-error")).getText()).startsWith("Δώστε ένα SHA-256");
        assertThat(browser.findElement(By.id("sha256")).getAttribute("aria-invalid")).isEqualTo("true");
        Browsers.assertAccessible(browser, "/verify with a refusal");

        WebElement hash = browser.findElement(By.id("sha256"));
        hash.clear();
        hash.sendKeys("0f".repeat(32));
        browser.findElement(By.cssSelector("form[method=get] button[type=submit]")).click();
        assertThat(waitFor(By.id("verify-answer")).getText()).isEqualTo("Τι γνωρίζει το Copact");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Το Copact δεν γνωρίζει υπογεγραμμένο σύμφωνο");
        Browsers.assertAccessible(browser, "/verify with an answer");
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
