package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader in a real Chromium, through NGINX: founds a clan, takes quizzes until a mission completes, claims it,
 * sees XP and the clan's season score move and an achievement's unlock notification, and pins the achievement.
 */
class GamificationBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;
    private final String site = TestEnvironment.publicUrl();

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.phoneSized();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
    void quizzesCompleteAMissionTheReaderClaimsItAndIsNotified() {
        Api admin = Admins.admin(Api.at(TestEnvironment.instanceUrls().get(0)));
        long category = Admins.category(admin, Readers.uniqueName("jelajah"));
        long quizzes = Game.missionTemplate(admin, "COMPLETE_QUIZZES", 2, null, 40);
        long articles = Game.missionTemplate(admin, "READ_ARTICLES", 5, null, 5);
        long comments = Game.missionTemplate(admin, "POST_COMMENTS", 1, null, 5);
        assertEquals(200, Game.chooseToday(admin, List.of(quizzes, articles, comments)).status());
        Game.Quiz first = Game.quiz(admin, category);
        Game.Quiz second = Game.quiz(admin, category);
        register(Readers.uniqueName("jelajah"));
        String clanPage = foundClan();

        takeQuiz(first);
        takeQuiz(second);
        // Both quizzes counted for the clan (100 each, the second possibly x1.2 once the mission's buff is on).
        Poll.until(() -> seasonScore(clanPage), score -> score.compareTo(java.math.BigDecimal.valueOf(200)) >= 0,
                Duration.ofSeconds(30));
        java.math.BigDecimal scoreBeforeClaim = seasonScore(clanPage);

        browser.get(site + "/dashboard.xhtml");
        By claim = By.cssSelector("#mission-" + quizzes + " .claim-submit");
        Poll.until(() -> {
            browser.navigate().refresh();
            return browser.findElements(claim).size();
        }, n -> n == 1, Duration.ofSeconds(30));
        assertEquals("2 / 2", browser.findElement(By.cssSelector("#mission-" + quizzes + " .mission-progress")).getText());
        long xpBefore = Long.parseLong(browser.findElement(By.id("dashboard-xp")).getText());
        browser.findElement(claim).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "40 XP"));
        assertEquals(xpBefore + 40, Long.parseLong(browser.findElement(By.id("dashboard-xp")).getText()), "the reward moved XP");
        assertTrue(browser.findElements(claim).isEmpty(), "claimed once: no button any more");

        java.math.BigDecimal scoreAfterClaim = seasonScore(clanPage);
        java.math.BigDecimal multiplier = new java.math.BigDecimal(browser.findElement(By.id("clan-multiplier")).getText().substring(1));
        assertEquals(java.math.BigDecimal.valueOf(40).multiply(multiplier).setScale(2, java.math.RoundingMode.HALF_UP),
                scoreAfterClaim.subtract(scoreBeforeClaim), "the claimed 40 XP moved the clan's season score, times " + multiplier);
        browser.get(site + "/dashboard.xhtml");

        long unread = Long.parseLong(browser.findElement(By.id("unread-count")).getText());
        assertTrue(unread >= 1, "the header counts unread notifications");
        browser.findElement(By.id("nav-notifications")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications")));
        String notifications = browser.findElement(By.id("notifications")).getText();
        assertTrue(notifications.contains("Pencapaian terbuka: Kuis Pertama"), notifications);
        browser.findElement(By.id("read-all-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("unread-count"), "0"));

        browser.get(site + "/dashboard.xhtml");
        By firstQuiz = By.xpath("//li[contains(@class,'achievement') and .//strong[text()='Kuis Pertama']]");
        browser.findElement(firstQuiz).findElement(By.className("pin-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "disematkan"));
        assertTrue(browser.findElement(firstQuiz).getText().contains("Disematkan"), browser.findElement(firstQuiz).getText());
        browser.findElement(firstQuiz).findElement(By.className("unpin-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "dilepas"));
        assertTrue(browser.findElement(firstQuiz).findElements(By.className("unpin-submit")).isEmpty());
    }

    /** Founds a clan on clans.xhtml; returns the address of its page. */
    private String foundClan() {
        browser.findElement(By.id("nav-clans")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clan_name")));
        String name = Clans.uniqueName();
        browser.findElement(By.id("clan_name")).sendKeys(name);
        browser.findElement(By.id("clan-create-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("clan-name"), name));
        return browser.getCurrentUrl();
    }

    private java.math.BigDecimal seasonScore(String clanPage) {
        browser.get(clanPage);
        return new java.math.BigDecimal(browser.findElement(By.id("clan-season-score")).getText());
    }

    private void register(String username) {
        browser.get(site + "/register.xhtml");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("display_name")).sendKeys("Pembaca " + username);
        browser.findElement(By.id("password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.id("email")).sendKeys(username + "@contoh.id");
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }

    private void takeQuiz(Game.Quiz quiz) {
        browser.get(site + "/article.xhtml?id=" + quiz.articleId());
        browser.findElement(By.id("take-quiz")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-submit")));
        browser.findElement(By.id("option-" + quiz.rightOption())).click();
        browser.findElement(By.id("quiz-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-score")));
    }
}
