package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Achievements through the API: progress, one unlock with one reward and one notification, pins, admin CRUD. */
class AchievementIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));

    @Test
    void anAchievementUnlocksOncePaysOnceAndNotifies() {
        Api admin = Admins.admin(api);
        long category = Admins.category(admin, Readers.uniqueName("lencana"));
        String name = Readers.uniqueName("Teliti");
        long sharp = Game.achievement(admin, name, "ACCURACY_AT_LEAST", 2, 100, 33);
        try {
            Readers.Reader reader = Readers.register(api, "lencana");
            long readerId = Game.readerId(reader.username());
            Api me = api.withToken(reader.token());

            Game.takeQuiz(admin, category, me, true);
            Game.takeQuiz(admin, category, me, false);
            Game.settled(readerId);
            JsonObject halfway = achievement(me, sharp);
            assertEquals(1, halfway.getInt("progress"), "one quiz at 100 %, one at 0 %");
            assertEquals(2, halfway.getInt("goal"));
            assertFalse(halfway.getBoolean("unlocked"), "still locked");
            assertTrue(achievementNamed(me, "Kuis Pertama").getBoolean("unlocked"), "the seeded first-quiz achievement");

            Game.takeQuiz(admin, category, me, true);
            Game.takeQuiz(admin, category, me, true);
            Game.settled(readerId);
            JsonObject unlocked = achievement(me, sharp);
            assertTrue(unlocked.getBoolean("unlocked"));
            assertEquals(2, unlocked.getInt("progress"), "progress stops at the goal");
            assertEquals(1, Game.number("SELECT count(*) FROM engine.achievement_unlock WHERE reader_id = ? AND template_id = ?",
                    readerId, sharp));
            assertEquals(33, Game.number("SELECT COALESCE(sum(points), 0) FROM engine.points_ledger WHERE reader_id = ? "
                    + "AND source = 'ACHIEVEMENT_REWARD' AND source_ref = ?", readerId, "achievement:" + sharp), "paid once");
            assertEquals(1, Game.number("SELECT count(*) FROM engine.notification WHERE reader_id = ? AND kind = 'ACHIEVEMENT_UNLOCKED' "
                    + "AND subject = ?", readerId, name), "notified once");
            assertEquals(Game.xp(me), Game.ledgerSum(readerId));
        } finally {
            admin.delete("/api/v1/admin/achievement-templates/" + sharp, null);
        }
    }

    @Test
    void aStreakCountsConsecutiveDaysFromWhenEventsHappened() {
        Api admin = Admins.admin(api);
        long streakThree = Game.achievement(admin, Readers.uniqueName("Tiga Hari"), "STREAK_DAYS", 3, null, 30);
        try {
            Readers.Reader reader = Readers.register(api, "runtun");
            long readerId = Game.readerId(reader.username());
            Instant now = Instant.now();
            for (int daysAgo : new int[] {5, 2, 1, 0}) {
                Game.execute("INSERT INTO core.outbox_event (id, event_type, account_id, payload, occurred_at) "
                        + "VALUES (?, 'ARTICLE_READ', ?, '{\"article_id\": 1}'::jsonb, ?)", UUID.randomUUID(), readerId,
                        Timestamp.from(now.minus(daysAgo, ChronoUnit.DAYS)));
            }
            Game.settled(readerId);
            JsonObject streak = api.withToken(reader.token()).get("/api/v1/me/streak").json();
            assertEquals(3, streak.getInt("current_days"), "two days ago, yesterday and today; five days ago is cut off");
            assertEquals(3, streak.getInt("best_days"));
            assertTrue(achievement(api.withToken(reader.token()), streakThree).getBoolean("unlocked"), "STREAK_DAYS 3");
        } finally {
            admin.delete("/api/v1/admin/achievement-templates/" + streakThree, null);
        }
    }

    @Test
    void readersPinUpToThreeUnlockedAchievements() {
        Api admin = Admins.admin(api);
        long category = Admins.category(admin, Readers.uniqueName("pin"));
        List<Long> easy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            easy.add(Game.achievement(admin, Readers.uniqueName("Mudah" + i), "QUIZZES_COMPLETED", 1, null, 0));
        }
        try {
            Readers.Reader reader = Readers.register(api, "pin");
            Api me = api.withToken(reader.token());
            Game.takeQuiz(admin, category, me, true);
            Game.settled(Game.readerId(reader.username()));
            long locked = achievementNamed(me, "Pustakawan").getJsonNumber("id").longValue();

            Api.Reply lockedPin = me.post("/api/v1/me/achievements/" + locked + "/pin", null);
            assertEquals(409, lockedPin.status(), lockedPin.body());
            assertTrue(lockedPin.body().contains("unlocked"), lockedPin.body());
            for (int i = 0; i < 3; i++) {
                assertEquals(200, me.post("/api/v1/me/achievements/" + easy.get(i) + "/pin", null).status());
            }
            assertEquals(200, me.post("/api/v1/me/achievements/" + easy.get(0) + "/pin", null).status(), "pinning again changes nothing");
            Api.Reply fourth = me.post("/api/v1/me/achievements/" + easy.get(3) + "/pin", null);
            assertEquals(409, fourth.status(), fourth.body());
            assertTrue(fourth.body().contains("At most 3"), fourth.body());
            assertEquals(3, pinned(me), "the refused pin changed nothing");
            assertEquals(404, me.post("/api/v1/me/achievements/999999999/pin", null).status());

            JsonObject profile = api.get("/api/v1/readers/" + Game.readerId(reader.username()) + "/profile").json();
            assertEquals(3, profile.getJsonArray("pinned_achievements").size(), "the public profile shows the pins");
            assertEquals("Pembaca " + reader.username(), profile.getString("display_name"));
            assertNotNull(profile.getString("joined_at"));
            assertEquals(1, profile.getInt("quizzes_taken"));
            assertEquals(100.0, profile.getJsonNumber("average_accuracy").doubleValue());
            assertFalse(profile.toString().contains(reader.email()), "no email on a public profile");

            assertEquals(200, me.delete("/api/v1/me/achievements/" + easy.get(1) + "/pin", null).status());
            assertEquals(2, pinned(me));
            assertEquals(200, me.post("/api/v1/me/achievements/" + easy.get(3) + "/pin", null).status(), "room again");
        } finally {
            easy.forEach(id -> admin.delete("/api/v1/admin/achievement-templates/" + id, null));
        }
    }

    @Test
    void adminsManageTemplatesAndBadFieldsAreNamed() {
        Api admin = Admins.admin(api);
        Api.Reply bad = admin.post("/api/v1/admin/achievement-templates", "{\"type\":\"FLYING\",\"target\":0,\"rarity\":\"SHINY\"}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("name", "description", "type", "rarity", "target", "reward"), bad.errorFields());
        Api.Reply noThreshold = admin.post("/api/v1/admin/achievement-templates",
                "{\"name\":\"x\",\"description\":\"y\",\"type\":\"ACCURACY_AT_LEAST\",\"target\":3,\"reward\":1,\"rarity\":\"RARE\"}");
        assertEquals(List.of("threshold"), noThreshold.errorFields());
        assertEquals(400, admin.post("/api/v1/admin/achievement-templates", "{\"target\":\"many\"}").status());
        assertEquals(403, api.withToken(Readers.register(api, "bukan").token()).get("/api/v1/admin/achievement-templates").status());

        long id = Game.achievement(admin, Readers.uniqueName("Sementara"), "COMMENTS_POSTED", 5, null, 5);
        Api.Reply updated = admin.put("/api/v1/admin/achievement-templates/" + id, "{\"name\":\"Komentator\",\"description\":\"Lima komentar\","
                + "\"type\":\"COMMENTS_POSTED\",\"target\":6,\"reward\":7,\"rarity\":\"EPIC\",\"active\":false}");
        assertEquals(200, updated.status(), updated.body());
        assertEquals("EPIC", updated.json().getString("rarity"));
        assertFalse(updated.json().getBoolean("active"));
        assertTrue(Game.array(admin.get("/api/v1/admin/achievement-templates")).toString().contains("\"Komentator\""));
        assertEquals(204, admin.delete("/api/v1/admin/achievement-templates/" + id, null).status());
        assertEquals(404, admin.put("/api/v1/admin/achievement-templates/" + id, updated.json().toString()).status());
    }

    static JsonObject achievement(Api me, long id) {
        return Game.array(me.get("/api/v1/me/achievements")).stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no achievement " + id));
    }

    static JsonObject achievementNamed(Api me, String name) {
        return Poll.until(() -> Game.array(me.get("/api/v1/me/achievements")).stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("name").equals(name)).findFirst(), found -> found.isPresent(), Duration.ofSeconds(10))
                .orElseThrow();
    }

    private static long pinned(Api me) {
        return Game.array(me.get("/api/v1/me/achievements")).stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getBoolean("pinned")).count();
    }
}
