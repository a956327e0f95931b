package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader in a real Chromium, through NGINX: register, log out, log in. */
class BrowserIT {

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
    void registerLogOutAndLogInAgain() {
        String username = Readers.uniqueName("browser");
        browser.get(site + "/register.xhtml");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("display_name")).sendKeys("Dewi <b>Lestari</b>");
        browser.findElement(By.id("password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.id("email")).sendKeys(username + "@contoh.id");
        browser.findElement(By.id("register-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertEquals("Halo, Dewi <b>Lestari</b>!", browser.findElement(By.id("greeting")).getText(),
                "the display name is shown as text, in Bahasa Indonesia by default");

        browser.findElement(By.id("logout:nav-logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));

        browser.findElement(By.id("nav-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identifier")));
        browser.findElement(By.id("identifier")).sendKeys(username + "@contoh.id");
        browser.findElement(By.id("password")).sendKeys("salah12345");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "salah"));

        browser.findElement(By.id("password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertTrue(browser.findElement(By.id("nav-profile")).isDisplayed());
    }

    @Test
    void registrationErrorsAreShownNextToTheirFieldsAndTheLanguageSwitches() {
        browser.get(site + "/register.xhtml");
        assertEquals("Daftar", browser.findElement(By.id("register-submit")).getAttribute("value"));
        browser.findElement(By.id("nav-language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("register-submit"), "value", "Register"));

        browser.findElement(By.id("username")).sendKeys("x");
        browser.findElement(By.id("register-submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "Please check"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Username: is not in a valid format"), page);
        assertTrue(page.contains("Display name: is required"), page);
        assertTrue(page.contains("Email: fill in an email or a phone number"), page);
    }

    @Test
    void readAnArticleMarkItReadTakeItsQuizAndSeeTheReview() {
        Api admin = Admins.admin(Api.at(TestEnvironment.instanceUrls().get(0)));
        long category = Admins.category(admin, Readers.uniqueName("browser"));
        long article = Admins.article(admin, category, "Bulan <i>purnama</i>", "## Bulan\nBulan **memantulkan** cahaya matahari.", 1, true);
        admin.post("/api/v1/admin/articles/" + article + "/questions", "{\"prompt\":\"Bulan memantulkan apa?\","
                + "\"explanation\":\"Teks: cahaya matahari.\",\"options\":[{\"label\":\"Cahaya matahari\",\"correct\":true},"
                + "{\"label\":\"Cahaya lampu\",\"correct\":false}]}");
        registerThroughThePage(Readers.uniqueName("quizzer"));

        browser.get(site + "/article.xhtml?id=" + article);
        assertEquals("Bulan <i>purnama</i>", browser.findElement(By.id("article-title")).getText());
        assertEquals("memantulkan", browser.findElement(By.cssSelector("#article-body strong")).getText());
        browser.findElement(By.id("mark-read")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("read-state")));

        browser.findElement(By.id("take-quiz")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-submit")));
        assertFalse(browser.getPageSource().contains("correct-option"), "no correct option before submitting");
        browser.findElements(By.cssSelector("input[type=radio]")).get(1).click();
        browser.findElement(By.id("quiz-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-score")));
        assertTrue(browser.findElement(By.id("quiz-score")).getText().startsWith("Skor 0"), browser.findElement(By.id("quiz-score")).getText());
        String review = browser.findElement(By.id("review")).getText();
        assertTrue(review.contains("Cahaya lampu ← pilihanmu"), review);
        assertTrue(review.contains("Cahaya matahari ✓ jawaban benar"), review);
        assertTrue(review.contains("Teks: cahaya matahari."), review);
    }

    @Test
    void commentReplyAndVoteUnderAnArticle() {
        Api admin = Admins.admin(Api.at(TestEnvironment.instanceUrls().get(0)));
        long category = Admins.category(admin, Readers.uniqueName("thread"));
        long article = Admins.article(admin, category, "Diskusi", "Mari berdiskusi.", 1, true);
        registerThroughThePage(Readers.uniqueName("talker"));

        browser.get(site + "/article.xhtml?id=" + article);
        browser.findElement(By.id("thread-body")).sendKeys("Komentar <b>pertama</b>\nbaris kedua");
        browser.findElement(By.id("thread-post")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.comment .comment-body")));
        WebElement comment = browser.findElement(By.cssSelector("article.comment"));
        assertEquals("Komentar <b>pertama</b>\nbaris kedua", comment.findElement(By.className("comment-body")).getText(),
                "markup stays text and the line break is kept");

        comment.findElement(By.cssSelector("details.comment-reply summary")).click();
        comment.findElement(By.className("reply-body")).sendKeys("Balasan saya");
        comment.findElement(By.className("reply-submit")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.comment"), 2));
        WebElement reply = browser.findElements(By.cssSelector("article.comment")).get(1);
        assertTrue(reply.getAttribute("class").contains("indent-1"), reply.getAttribute("class"));
        assertEquals("Balasan saya", reply.findElement(By.className("comment-body")).getText());

        browser.findElement(By.cssSelector("article.comment .vote-up")).click();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("article.comment .vote-up"), "value", "1"));
        assertTrue(browser.findElement(By.cssSelector("article.comment .vote-up")).getAttribute("class").contains("on"));
    }

    @Test
    void profileEditAndAWrongCurrentPasswordNamedAtItsField() {
        registerThroughThePage(Readers.uniqueName("profiler"));
        browser.findElement(By.id("nav-profile")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-save")));

        browser.findElement(By.id("display_name")).clear();
        browser.findElement(By.id("display_name")).sendKeys("Nama Baru");
        browser.findElement(By.id("bio")).sendKeys("Suka membaca sejarah.");
        browser.findElement(By.id("profile-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "Profil tersimpan"));
        assertEquals("Nama Baru", browser.findElement(By.id("display_name")).getAttribute("value"));

        browser.findElement(By.id("current_password")).sendKeys("salah12345");
        browser.findElement(By.id("new_password")).sendKeys("baru12345");
        browser.findElement(By.id("password-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Kata sandi saat ini: tidak benar"));
    }

    @Test
    void aVisitorSentToLogInComesBackToThePageAskedFor() {
        Readers.Reader reader = Readers.register(Api.at(TestEnvironment.instanceUrls().get(0)), "kembali");
        browser.get(site + "/profile.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identifier")));
        browser.findElement(By.id("identifier")).sendKeys(reader.username());
        browser.findElement(By.id("password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-save")));
        assertTrue(browser.getCurrentUrl().endsWith("/profile.xhtml"), browser.getCurrentUrl());
        assertEquals("@" + reader.username(), browser.findElement(By.id("profile-username")).getText());
    }

    private void registerThroughThePage(String username) {
        browser.get(site + "/register.xhtml");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("display_name")).sendKeys("Pembaca");
        browser.findElement(By.id("password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.id("phone")).sendKeys(Readers.uniquePhone());
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }
}
