package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Daily missions through the API on both instances: progress capped, claimed once, picked once a day. */
class MissionIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));
    private final Api other = Api.at(TestEnvironment.instanceUrls().get(1));

    @Test
    void progressIsCappedAndACompletedMissionIsClaimedOnce() {
        Api admin = Admins.admin(api);
        long category = Admins.category(admin, Readers.uniqueName("misi"));
        long quizzes = Game.missionTemplate(admin, "COMPLETE_QUIZZES", 2, null, 40);
        long accurate = Game.missionTemplate(admin, "QUIZ_ACCURACY", 1, 90, 15);
        long comments = Game.missionTemplate(admin, "POST_COMMENTS", 1, null, 5);
        assertEquals(200, Game.chooseToday(admin, List.of(quizzes, accurate, comments)).status());
        Readers.Reader reader = Readers.register(api, "misi");
        long readerId = Game.readerId(reader.username());
        Api me = api.withToken(reader.token());

        Game.takeQuiz(admin, category, me, false);
        Game.settled(readerId);
        JsonObject quizMission = mission(me, quizzes);
        assertEquals(1, quizMission.getInt("progress"));
        assertEquals(0, mission(me, accurate).getInt("progress"), "a score of 0 is below the 90 % threshold");
        long xpBefore = Game.xp(me);
        Api.Reply unfinished = me.post("/api/v1/me/missions/" + quizzes + "/claim", null);
        assertEquals(409, unfinished.status(), unfinished.body());
        assertTrue(unfinished.body().contains("not completed"), unfinished.body());
        assertEquals(xpBefore, Game.xp(me), "a refused claim pays nothing");

        Game.takeQuiz(admin, category, me, true);
        Game.takeQuiz(admin, category, me, true);
        Game.settled(readerId);
        quizMission = mission(me, quizzes);
        assertEquals(2, quizMission.getInt("progress"), "capped at the target after three quizzes");
        assertTrue(quizMission.getBoolean("completed"));
        assertTrue(mission(me, accurate).getBoolean("completed"), "a perfect quiz counts for the accuracy mission");
        assertEquals(1, Game.number("SELECT count(*) FROM engine.mission_progress WHERE reader_id = ? AND template_id = ? "
                + "AND completed_at IS NOT NULL", readerId, quizzes));

        xpBefore = Game.xp(me);
        Api.Reply claimed = other.withToken(reader.token()).post("/api/v1/me/missions/" + quizzes + "/claim", null);
        assertEquals(200, claimed.status(), claimed.body());
        assertTrue(claimed.json().getBoolean("claimed"));
        assertEquals(xpBefore + 40, Game.xp(me), "the reward went to XP");
        Api.Reply twice = me.post("/api/v1/me/missions/" + quizzes + "/claim", null);
        assertEquals(409, twice.status(), twice.body());
        assertTrue(twice.body().contains("already claimed"), twice.body());
        assertEquals(xpBefore + 40, Game.xp(me), "a second claim pays nothing");
        assertEquals(1, Game.number("SELECT count(*) FROM engine.points_ledger WHERE reader_id = ? AND source = 'MISSION_REWARD'",
                readerId));
        assertEquals(Game.xp(me), Game.ledgerSum(readerId));
        assertTrue(other.accepting("text/plain").get("/metrics").body().contains("yomu_missions_claimed_total{"),
                "claims are a business metric");
        assertEquals(404, me.post("/api/v1/me/missions/999999999/claim", null).status(), "not one of today's missions");
    }

    @Test
    void concurrentClaimsOnBothInstancesPayOnce() throws Exception {
        Api admin = Admins.admin(api);
        long category = Admins.category(admin, Readers.uniqueName("klaim"));
        long quizzes = Game.missionTemplate(admin, "COMPLETE_QUIZZES", 1, null, 25);
        long articles = Game.missionTemplate(admin, "READ_ARTICLES", 5, null, 5);
        long comments = Game.missionTemplate(admin, "POST_COMMENTS", 1, null, 5);
        assertEquals(200, Game.chooseToday(admin, List.of(quizzes, articles, comments)).status());
        Readers.Reader reader = Readers.register(api, "klaim");
        long readerId = Game.readerId(reader.username());
        Game.takeQuiz(admin, category, api.withToken(reader.token()), true);
        Game.settled(readerId);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> claims = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Integer>) () -> (i % 2 == 0 ? api : other).withToken(reader.token())
                            .post("/api/v1/me/missions/" + quizzes + "/claim", null).status())
                    .toList();
            List<Integer> statuses = pool.invokeAll(claims).stream().map(MissionIT::get).toList();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one claim wins: " + statuses);
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "the others conflict: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Game.number("SELECT count(*) FROM engine.points_ledger WHERE reader_id = ? AND source = 'MISSION_REWARD'",
                readerId));
        assertEquals(Game.xp(api.withToken(reader.token())), Game.ledgerSum(readerId));
    }

    @Test
    void theDaysMissionsArePickedOnceWhoeverAsksFirst() throws Exception {
        String adminToken = Admins.account(api).token();
        Api admin = api.withToken(adminToken);
        Api otherAdmin = other.withToken(adminToken);
        Game.execute("DELETE FROM engine.daily_mission WHERE day = (now() AT TIME ZONE 'Asia/Jakarta')::date");
        Game.execute("DELETE FROM engine.mission_day WHERE day = (now() AT TIME ZONE 'Asia/Jakarta')::date");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        Set<Set<Long>> answers = new HashSet<>();
        try {
            List<Callable<JsonObject>> asks = IntStream.range(0, 12)
                    .mapToObj(i -> (Callable<JsonObject>) () -> (i % 2 == 0 ? admin : otherAdmin).get("/api/v1/admin/missions/today").json())
                    .toList();
            for (Future<JsonObject> answer : pool.invokeAll(asks)) {
                answers.add(ids(answer.get().getJsonArray("missions")));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, answers.size(), "every instance and thread saw the same missions: " + answers);
        assertEquals(3, answers.iterator().next().size());
        assertEquals(3, Game.number("SELECT count(*) FROM engine.daily_mission WHERE day = (now() AT TIME ZONE 'Asia/Jakarta')::date"));
        assertEquals(1, Game.number("SELECT count(*) FROM engine.mission_day WHERE day = (now() AT TIME ZONE 'Asia/Jakarta')::date"));
    }

    @Test
    void badTemplatesAndBadChoicesAreRefusedByField() {
        Api admin = Admins.admin(api);
        Api.Reply bad = admin.post("/api/v1/admin/mission-templates", "{\"type\":\"DANCE\",\"target\":0}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("type", "target", "reward"), bad.errorFields());
        Api.Reply noThreshold = admin.post("/api/v1/admin/mission-templates", "{\"type\":\"QUIZ_ACCURACY\",\"target\":2,\"reward\":5}");
        assertEquals(List.of("threshold"), noThreshold.errorFields());
        long one = Game.missionTemplate(admin, "READ_ARTICLES", 2, null, 5);
        Api.Reply two = Game.chooseToday(admin, List.of(one, one, one));
        assertEquals(400, two.status());
        assertEquals(List.of("template_ids"), two.errorFields());
        Api.Reply unknown = Game.chooseToday(admin, List.of(one, 999999998L, 999999999L));
        assertEquals(List.of("template_ids"), unknown.errorFields());
        assertEquals(403, api.withToken(Readers.register(api, "bukan").token()).get("/api/v1/admin/mission-templates").status());
        Api.Reply updated = admin.put("/api/v1/admin/mission-templates/" + one,
                "{\"type\":\"READ_ARTICLES\",\"target\":4,\"reward\":9,\"active\":false}");
        assertEquals(200, updated.status(), updated.body());
        assertEquals(4, updated.json().getInt("target"));
        assertEquals(204, admin.delete("/api/v1/admin/mission-templates/" + one, null).status());
        assertEquals(404, admin.delete("/api/v1/admin/mission-templates/" + one, null).status());
    }

    static JsonObject mission(Api me, long templateId) {
        return Game.array(me.get("/api/v1/me/missions/today")).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("template_id").longValue() == templateId)
                .findFirst().orElseThrow(() -> new AssertionError("mission " + templateId + " is not one of today's"));
    }

    private static Set<Long> ids(JsonArray missions) {
        Set<Long> ids = new HashSet<>();
        missions.forEach(m -> ids.add(m.asJsonObject().getJsonNumber("id").longValue()));
        return ids;
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
