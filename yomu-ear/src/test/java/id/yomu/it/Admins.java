package id.yomu.it;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;

/** Makes admins the way an operator does (a registered reader promoted), and content through the admin API. */
public final class Admins {

    private Admins() {
    }

    /** An API client logged in as a fresh admin. */
    public static Api admin(Api api) {
        return api.withToken(account(api).token());
    }

    /** A fresh admin who can also log in through the pages, with {@link Readers#PASSWORD}. */
    public static Readers.Reader account(Api api) {
        Readers.Reader reader = Readers.register(api, "admin");
        try (Connection db = TestEnvironment.database();
             PreparedStatement promote = db.prepareStatement("UPDATE core.account SET role = 'ADMIN' WHERE username = ?")) {
            promote.setString(1, reader.username());
            promote.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return reader;
    }

    public static long category(Api admin, String name) {
        Api.Reply reply = admin.post("/api/v1/admin/categories", Json.createObjectBuilder().add("name", name).build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("category: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    public static String articleJson(long categoryId, String title, String body, int level, boolean published) {
        return Json.createObjectBuilder().add("category_id", categoryId).add("title", title).add("body", body)
                .add("reading_level", level).add("published", published).build().toString();
    }

    public static long article(Api admin, long categoryId, String title, String body, int level, boolean published) {
        Api.Reply reply = admin.post("/api/v1/admin/articles", articleJson(categoryId, title, body, level, published));
        if (reply.status() != 201) {
            throw new IllegalStateException("article: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }
}
