package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notifications through the API: paged list, unread count, mark one and all read, only one's own. */
class NotificationIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));

    @Test
    void unlocksNotifyAndReadersMarkThemRead() {
        Api admin = Admins.admin(api);
        long category = Admins.category(admin, Readers.uniqueName("kabar"));
        Readers.Reader reader = Readers.register(api, "kabar");
        Api me = api.withToken(reader.token());
        Game.takeQuiz(admin, category, me, true);
        Game.settled(Game.readerId(reader.username()));

        long unread = Poll.until(() -> me.get("/api/v1/me/notifications/unread-count").json().getJsonNumber("unread").longValue(),
                n -> n >= 2, Duration.ofSeconds(10));
        JsonObject page = me.get("/api/v1/me/notifications?page=1&size=1").json();
        assertEquals(unread, page.getJsonNumber("total").longValue());
        assertEquals(1, page.getJsonArray("items").size());
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        assertEquals("ACHIEVEMENT_UNLOCKED", newest.getString("kind"));
        assertEquals(false, newest.getBoolean("read"));

        long id = newest.getJsonNumber("id").longValue();
        assertEquals(204, me.post("/api/v1/me/notifications/" + id + "/read", null).status());
        assertEquals(unread - 1, me.get("/api/v1/me/notifications/unread-count").json().getJsonNumber("unread").longValue());
        Api stranger = api.withToken(Readers.register(api, "asing").token());
        assertEquals(404, stranger.post("/api/v1/me/notifications/" + id + "/read", null).status(), "not one's own");

        assertEquals(0, me.post("/api/v1/me/notifications/read-all", null).json().getJsonNumber("unread").longValue());
        assertEquals(0, me.get("/api/v1/me/notifications/unread-count").json().getJsonNumber("unread").longValue());
        assertEquals(true, me.get("/api/v1/me/notifications").json().getJsonArray("items").getJsonObject(0).getBoolean("read"));

        Api.Reply badPage = me.get("/api/v1/me/notifications?page=0&size=500");
        assertEquals(400, badPage.status());
        assertEquals(List.of("page", "size"), badPage.errorFields());
        assertEquals(401, api.get("/api/v1/me/notifications/unread-count").status());
    }
}
