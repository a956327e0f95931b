package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader in a real Chromium, through NGINX: founds a clan, takes a quiz, and sees the clan's season score move. */
class ClanBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;
    private final String site = TestEnvironment.publicUrl();

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.phoneSized();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // A click that reloads the page can replace the element a condition is reading: look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderFoundsAClanTakesAQuizAndSeesTheSeasonScoreMove() {
        Quizzes.Quiz quiz = Quizzes.oneQuestion(Admins.admin(Api.at(TestEnvironment.instanceUrls().get(0))));
        String username = Readers.uniqueName("clanbrowser");
        browser.get(site + "/register.xhtml");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("display_name")).sendKeys("Sari");
        browser.findElement(By.id("password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.id("email")).sendKeys(username + "@contoh.id");
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

        browser.findElement(By.id("nav-clans")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clan_name")));
        browser.findElement(By.id("clan_name")).sendKeys("ab");
        browser.findElement(By.id("clan-create-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Nama klan: panjangnya harus 3–40 karakter"));

        String clanName = Clans.uniqueName();
        browser.findElement(By.id("clan_name")).clear();
        browser.findElement(By.id("clan_name")).sendKeys(clanName);
        browser.findElement(By.id("clan_description")).sendKeys("Kami membaca setiap hari.");
        browser.findElement(By.id("clan-create-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("clan-name"), clanName));
        assertEquals("0.00", browser.findElement(By.id("clan-season-score")).getText());
        assertEquals("Perunggu", browser.findElement(By.id("clan-tier")).getText());
        assertTrue(browser.findElement(By.id("clan-members")).getText().contains("Sari"));
        String clanPage = browser.getCurrentUrl();

        browser.get(site + "/quiz.xhtml?article=" + quiz.articleId());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("option-" + quiz.correctOption()))).click();
        browser.findElement(By.id("quiz-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-score")));

        // The quiz may also complete one of today's (randomly picked) missions first: the sole member then
        // earns the clan the Productivity Buff, and the quiz counts x1.2, as the clan page then says.
        String score = Poll.until(() -> {
            browser.get(clanPage);
            return browser.findElement(By.id("clan-season-score")).getText();
        }, text -> !"0.00".equals(text), Duration.ofSeconds(30));
        String multiplier = browser.findElement(By.id("clan-multiplier")).getText();
        String expected = new java.math.BigDecimal(multiplier.substring(1)).multiply(java.math.BigDecimal.valueOf(100))
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        assertEquals(expected, score, "the quiz's 100 points times the clan's multiplier " + multiplier);

        browser.findElement(By.id("nav-league")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("season-countdown")));
        assertTrue(browser.findElement(By.id("season-countdown")).getText().startsWith("Musim "));
        assertTrue(!browser.findElements(By.cssSelector("tr.mine")).isEmpty() || !browser.findElements(By.id("my-clan-rank")).isEmpty(),
                "the reader's own clan is highlighted in its tier");
    }
}
