package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin curates content through the admin pages in a phone-sized Chromium; readers see the result. */
class AdminBrowserIT {

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
    void anAdminPublishesAnArticleWithAQuizAndAReaderFindsIt() {
        Api api = Api.at(TestEnvironment.instanceUrls().get(0));
        Readers.Reader admin = Admins.account(api);
        logIn(admin.username());

        browser.findElement(By.id("nav-admin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-articles")));
        browser.findElement(By.id("admin-nav-categories")).click();
        String category = Readers.uniqueName("kategori");
        browser.findElement(By.id("name")).sendKeys(category);
        browser.findElement(By.id("category-create-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), category));

        browser.findElement(By.id("admin-nav-new-article")).click();
        browser.findElement(By.id("article-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "Periksa"));
        String form = browser.findElement(By.id("article-form")).getText();
        assertTrue(form.contains("Judul: wajib diisi"), form);
        assertTrue(form.contains("Kategori: wajib diisi"), form);

        String word = Readers.uniqueName("g").replace("-", "");
        String title = "Gerhana " + word + " <em>";
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("category_id"))).selectByVisibleText(category);
        new Select(browser.findElement(By.id("reading_level"))).selectByVisibleText("2");
        browser.findElement(By.id("body")).sendKeys("## Gerhana\nBulan **menutupi** matahari. <script>x()</script>");
        browser.findElement(By.id("article-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-saved")));
        assertTrue(browser.findElement(By.id("hidden-state")).isDisplayed(), "not published yet");
        assertEquals(title, browser.findElement(By.id("preview-title")).getText());
        assertEquals("menutupi", browser.findElement(By.cssSelector("#preview-body strong")).getText());
        assertTrue(browser.findElements(By.cssSelector("#preview-body script")).isEmpty(), "no raw HTML in the preview");
        long article = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        api.withToken(admin.token()).post("/api/v1/admin/articles/" + article + "/questions", "{\"prompt\":\"Pertanyaan API\","
                + "\"options\":[{\"label\":\"Ya\",\"correct\":true},{\"label\":\"Tidak\",\"correct\":false}]}");
        browser.findElement(By.id("manage-quiz")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-form")));
        browser.findElement(By.id("prompt")).sendKeys("Apa yang menutupi matahari?");
        browser.findElement(By.id("label_0")).sendKeys("Awan");
        browser.findElement(By.id("label_1")).sendKeys("Bulan");
        browser.findElement(By.id("label_2")).sendKeys("Bintang");
        browser.findElement(By.id("correct_1")).click();
        browser.findElement(By.id("explanation")).sendKeys("Teks: bulan menutupi matahari.");
        browser.findElement(By.id("question-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-saved")));
        assertEquals(List.of("1. Pertanyaan API", "2. Apa yang menutupi matahari?"), prompts());
        WebElement editorQuestion = browser.findElements(By.cssSelector("#questions .question-item")).get(1);
        assertEquals("Bulan ✓ jawaban benar", editorQuestion.findElement(By.cssSelector(".correct-option")).getText());

        editorQuestion.findElement(By.cssSelector("input.move-up")).click();
        wait.until(ExpectedConditions.stalenessOf(editorQuestion));
        assertEquals(List.of("1. Apa yang menutupi matahari?", "2. Pertanyaan API"), prompts());

        browser.findElement(By.id("back-to-article")).click();
        browser.findElement(By.id("published")).click();
        browser.findElement(By.id("article-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "Artikel tersimpan"));
        assertTrue(browser.findElements(By.id("hidden-state")).isEmpty(), "published now");

        browser.findElement(By.id("logout:nav-logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
        Readers.Reader reader = Readers.register(api, "pembaca");
        logIn(reader.username());
        assertTrue(browser.findElements(By.id("nav-admin")).isEmpty(), "no Admin link for readers");
        browser.findElement(By.id("q")).sendKeys(word);
        browser.findElement(By.id("filter-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("articles"), title));
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("take-quiz")));
        assertEquals(title, browser.findElement(By.id("article-title")).getText());
    }

    @Test
    void aReaderForgingAnAdminFormPostGets403AndChangesNothing() throws Exception {
        Readers.Reader reader = Readers.register(Api.at(TestEnvironment.instanceUrls().get(0)), "pemalsu");
        String name = Readers.uniqueName("forged");
        String form = "category-create_SUBMIT=1&jakarta.faces.ViewState=stateless&name=" + name
                + "&category-create-submit=Buat";
        java.net.http.HttpResponse<String> forged = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(site + "/admin/categories.xhtml"))
                        .header("Authorization", "Bearer " + reader.token())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("Khusus admin"), "the 403 page, rendered by that request: " + forged.body());
        assertFalse(Api.at(site).get("/api/v1/categories").body().contains(name), "no category was created");
    }

    @Test
    void readersGetA403PageAndVisitorsAreSentToLogIn() {
        Readers.Reader reader = Readers.register(Api.at(TestEnvironment.instanceUrls().get(0)), "bukanadmin");
        Api page = Api.at(site).accepting("text/html");
        assertEquals(403, page.withToken(reader.token()).get("/admin/articles.xhtml").status());
        Api.Reply anonymous = page.get("/admin/questions.xhtml?article=1");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.header("Location").endsWith("/login.xhtml?next=%2Fadmin%2Fquestions.xhtml%3Farticle%3D1"),
                anonymous.header("Location"));

        browser.get(site + "/admin/categories.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        logIn(reader.username());
        browser.get(site + "/admin/article.xhtml");
        assertEquals("Khusus admin", browser.findElement(By.id("error-title")).getText());
        assertFalse(browser.getPageSource().contains("article-form"), "no admin form for a reader");
    }

    @Test
    void deletesAskFirstAndACategoryWithArticlesStays() {
        Api api = Api.at(TestEnvironment.instanceUrls().get(0));
        Readers.Reader admin = Admins.account(api);
        Api adminApi = api.withToken(admin.token());
        long category = Admins.category(adminApi, Readers.uniqueName("hapus"));
        long article = Admins.article(adminApi, category, "Akan dihapus", "Isi.", 1, true);
        for (String prompt : List.of("Satu?", "Dua?")) {
            adminApi.post("/api/v1/admin/articles/" + article + "/questions", "{\"prompt\":\"" + prompt + "\","
                    + "\"options\":[{\"label\":\"Ya\",\"correct\":true},{\"label\":\"Tidak\",\"correct\":false}]}");
        }
        logIn(admin.username());

        browser.get(site + "/admin/categories.xhtml");
        browser.findElement(By.cssSelector("#category-" + category + " input.delete-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "masih berisi artikel"));
        assertFalse(browser.findElements(By.id("category-" + category)).isEmpty(), "the category is still there");

        browser.get(site + "/admin/questions.xhtml?article=" + article);
        browser.findElements(By.cssSelector("#questions a.delete-question")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-delete-confirm")));
        assertTrue(browser.findElement(By.id("question-delete-confirm")).getText().contains("1. Satu?"));
        browser.findElement(By.id("question-delete-confirm-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("question-delete-confirm")));
        assertEquals(List.of("1. Dua?"), prompts());

        browser.get(site + "/admin/article.xhtml?id=" + article);
        browser.findElement(By.id("article-delete")).click();
        String warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-consequences"))).getText();
        assertTrue(warning.contains("kuisnya (1 pertanyaan)") && warning.contains("utas forumnya"), warning);
        assertEquals(200, api.get("/api/v1/articles/" + article).status(), "nothing deleted before confirming");
        browser.findElement(By.id("delete-confirm-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-deleted")));
        assertEquals(404, api.get("/api/v1/articles/" + article).status());
    }

    private List<String> prompts() {
        return browser.findElements(By.cssSelector("#questions .question-prompt")).stream().map(WebElement::getText).toList();
    }

    @Test
    void anAdminDeletesAReportedCommentFromTheModerationQueue() {
        Api api = Api.at(TestEnvironment.instanceUrls().get(0));
        Readers.Reader admin = Admins.account(api);
        Api adminApi = api.withToken(admin.token());
        long article = Admins.article(adminApi, Admins.category(adminApi, Readers.uniqueName("moderasi")), "Dimoderasi", "Isi.", 1, true);
        Api author = api.withToken(Readers.register(api, "penulis").token());
        Api reporter = api.withToken(Readers.register(api, "pelapor").token());
        long comment = author.post("/api/v1/articles/" + article + "/comments", "{\"body\":\"Komentar kasar\"}")
                .json().getJsonNumber("id").longValue();
        String reason = "Tidak sopan " + Readers.uniqueName("r");
        assertEquals(201, reporter.post("/api/v1/comments/" + comment + "/reports", "{\"reason\":\"" + reason + "\"}").status());

        logIn(admin.username());
        browser.get(site + "/admin/moderation.xhtml?page=1");
        WebElement report = browser.findElements(By.cssSelector("#reports li")).stream()
                .filter(row -> row.getText().contains(reason)).findFirst().orElseThrow();
        assertTrue(report.getText().contains("Komentar kasar"), report.getText());
        report.findElement(By.className("report-delete")).click();

        wait.until(ExpectedConditions.urlContains("/admin/moderation.xhtml"));
        assertFalse(browser.findElement(By.id("reports")).getText().contains(reason), "the report left the queue");
        assertFalse(reporter.get("/api/v1/articles/" + article + "/comments").body().contains("Komentar kasar"),
                "the comment is gone from the thread");
    }

    private void logIn(String username) {
        browser.get(site + "/login.xhtml");
        browser.findElement(By.id("identifier")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-profile")));
    }
}
