package id.yomu.it;

import static id.yomu.it.Admins.articleJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));
    private final Api admin = Admins.admin(api);

    @Test
    void categoriesAreUniqueRegardlessOfCaseAndOnlyAdminsManageThem() {
        String name = "Sains " + Readers.uniqueName("c");
        long id = Admins.category(admin, name);
        Readers.Reader reader = Readers.register(api, "notadmin");

        Api.Reply duplicate = admin.post("/api/v1/admin/categories", "{\"name\":\"" + name.toUpperCase() + "\"}");
        Api.Reply asReader = api.withToken(reader.token()).post("/api/v1/admin/categories", "{\"name\":\"x-" + name + "\"}");
        Api.Reply anonymous = api.post("/api/v1/admin/categories", "{\"name\":\"y-" + name + "\"}");
        Api.Reply empty = admin.post("/api/v1/admin/categories", "{\"name\":\"  \"}");

        assertEquals(409, duplicate.status(), duplicate.body());
        assertEquals(List.of("name"), duplicate.errorFields());
        assertEquals(403, asReader.status());
        assertEquals(401, anonymous.status());
        assertEquals(List.of("name"), empty.errorFields());
        assertTrue(api.get("/api/v1/categories").body().contains("\"id\":" + id));
    }

    @Test
    void hiddenArticlesAreForAdminsOnlyUntilPublished() {
        long category = Admins.category(admin, Readers.uniqueName("hidden"));
        long id = Admins.article(admin, category, "Rahasia dapur", "Isi yang belum terbit.", 1, false);

        assertEquals(404, api.get("/api/v1/articles/" + id).status());
        assertEquals(0, api.get("/api/v1/articles?category_id=" + category).json().getInt("total"));
        assertEquals(200, admin.get("/api/v1/admin/articles/" + id).status());

        Api.Reply published = admin.put("/api/v1/admin/articles/" + id,
                articleJson(category, "Rahasia dapur", "Isi yang sudah terbit.", 1, true));
        assertEquals(200, published.status(), published.body());
        assertEquals(200, api.get("/api/v1/articles/" + id).status());
        assertEquals(1, api.get("/api/v1/articles?category_id=" + category).json().getInt("total"));
    }

    @Test
    void badArticleFieldsAreAllNamed() {
        Api.Reply reply = admin.post("/api/v1/admin/articles",
                "{\"title\":\"" + "x".repeat(201) + "\",\"body\":\"\",\"reading_level\":9}");
        Api.Reply unknownCategory = admin.post("/api/v1/admin/articles", articleJson(999_999_999L, "Judul", "Isi.", 2, true));

        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of("title", "body", "reading_level", "category_id"), reply.errorFields());
        assertEquals(List.of("category_id"), unknownCategory.errorFields());
    }

    @Test
    void fullTextSearchFiltersAndPages() {
        long category = Admins.category(admin, Readers.uniqueName("fts"));
        String word = "zq" + Readers.uniqueName("w").replaceAll("[^a-z0-9]", "");
        for (int i = 0; i < 3; i++) {
            Admins.article(admin, category, "Artikel " + i, "Paragraf tentang " + word + " nomor " + i, 1 + i, true);
        }
        Admins.article(admin, category, "Judul " + word + " utama", "Tanpa kata kunci.", 3, true);

        JsonObject found = api.get("/api/v1/articles?q=" + word).json();
        JsonObject levelTwo = api.get("/api/v1/articles?category_id=" + category + "&level=2").json();
        JsonObject paged = api.get("/api/v1/articles?category_id=" + category + "&size=3&page=2").json();
        Api.Reply tooBig = api.get("/api/v1/articles?size=101");
        Api.Reply notNumbers = api.get("/api/v1/articles?level=x&category_id=y");

        assertEquals(4, found.getInt("total"));
        assertEquals("Judul " + word + " utama", found.getJsonArray("items").getJsonObject(0).getString("title"),
                "a title match ranks first");
        assertEquals(1, levelTwo.getInt("total"));
        assertEquals(4, paged.getInt("total"));
        assertEquals(1, paged.getJsonArray("items").size());
        assertEquals(400, tooBig.status());
        assertEquals(List.of("size"), tooBig.errorFields());
        assertEquals(400, notNumbers.status(), notNumbers.body());
    }

    @Test
    void markReadIsIdempotentAndAnnouncedOnce() throws Exception {
        long category = Admins.category(admin, Readers.uniqueName("read"));
        long id = Admins.article(admin, category, "Dibaca", "Satu dua tiga.", 1, true);
        Readers.Reader reader = Readers.register(api, "reader");
        Api me = api.withToken(reader.token());

        assertEquals(204, me.post("/api/v1/articles/" + id + "/read", null).status());
        assertEquals(204, me.post("/api/v1/articles/" + id + "/read", null).status());
        assertEquals(401, api.post("/api/v1/articles/" + id + "/read", null).status());

        assertTrue(me.get("/api/v1/articles/" + id).json().getBoolean("read_by_me"));
        assertEquals(1, articleReadEvents(reader.username(), id));
    }

    @Test
    void markupStaysTextAndDeletedArticlesDisappear() {
        long category = Admins.category(admin, Readers.uniqueName("safe"));
        long id = Admins.article(admin, category, "<script>alert(1)</script>",
                "Teks <img src=x onerror=alert(1)> dan [tautan](javascript:alert(1))", 2, true);

        JsonObject article = api.get("/api/v1/articles/" + id).json();
        assertEquals("<script>alert(1)</script>", article.getString("title"));
        assertFalse(article.getString("body_html").contains("<img"), article.getString("body_html"));
        assertFalse(article.getString("body_html").contains("href=\"javascript"), article.getString("body_html"));

        assertEquals(409, admin.send("DELETE", "/api/v1/admin/categories/" + category, null).status());
        assertEquals(204, admin.send("DELETE", "/api/v1/admin/articles/" + id, null).status());
        assertEquals(404, api.get("/api/v1/articles/" + id).status());
        assertEquals(404, admin.get("/api/v1/admin/articles/" + id).status());
        assertEquals(0, api.get("/api/v1/articles?category_id=" + category).json().getInt("total"));
    }

    @Test
    void articlePageIsEscapedAndUnknownOnesAre404() {
        long category = Admins.category(admin, Readers.uniqueName("page"));
        long id = Admins.article(admin, category, "Judul <i>miring</i>", "## Sub\nIsi **tebal**.", 1, true);

        Api.Reply page = api.accepting("text/html").get("/article.xhtml?id=" + id);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Judul &lt;i&gt;miring&lt;/i&gt;"), "title escaped");
        assertTrue(page.body().contains("<h3>Sub</h3>") && page.body().contains("<strong>tebal</strong>"));
        assertEquals(404, api.accepting("text/html").get("/article.xhtml?id=999999999").status());
        assertEquals(404, api.accepting("text/html").get("/article.xhtml?id=abc").status());
    }

    private static int articleReadEvents(String username, long articleId) throws Exception {
        try (Connection db = TestEnvironment.database();
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM core.outbox_event e "
                     + "JOIN core.account a ON a.id = e.account_id WHERE a.username = ? AND e.event_type = 'ARTICLE_READ' "
                     + "AND (e.payload ->> 'article_id')::bigint = ?")) {
            query.setString(1, username);
            query.setLong(2, articleId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
