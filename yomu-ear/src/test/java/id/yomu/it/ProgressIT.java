package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine consumes the core outbox on both instances at once and applies every event exactly once. */
class ProgressIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));

    @Test
    void aQuizScoreBecomesXpOnceAndTheLedgerAddsUp() throws Exception {
        Api admin = Admins.admin(api);
        long article = Admins.article(admin, Admins.category(admin, Readers.uniqueName("xp")), "XP", "Teks.", 1, true);
        List<Long> questions = new ArrayList<>();
        List<Long> correct = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject question = admin.post("/api/v1/admin/articles/" + article + "/questions",
                    "{\"prompt\":\"P" + i + "\",\"options\":[{\"label\":\"a\",\"correct\":true},{\"label\":\"b\",\"correct\":false}]}").json();
            questions.add(question.getJsonNumber("id").longValue());
            for (JsonValue option : question.getJsonArray("options")) {
                (option.asJsonObject().getBoolean("correct") ? correct : wrong).add(option.asJsonObject().getJsonNumber("id").longValue());
            }
        }
        Readers.Reader reader = Readers.register(api, "xp");
        Api me = Api.at(TestEnvironment.instanceUrls().get(1)).withToken(reader.token());
        var answers = Json.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            answers.add(Json.createObjectBuilder().add("question_id", questions.get(i)).add("option_id", i < 2 ? correct.get(i) : wrong.get(i)));
        }

        assertEquals(201, me.post("/api/v1/articles/" + article + "/quiz/submissions",
                Json.createObjectBuilder().add("answers", answers).build().toString()).status());
        long submitted = System.nanoTime();
        JsonObject progress = Poll.until(() -> me.get("/api/v1/me/progress").json(),
                body -> body.getInt("quizzes_completed") == 1 && body.getInt("articles_read") == 1, Duration.ofSeconds(15));
        System.out.printf("engine applied the quiz %d ms after the submit answered%n", (System.nanoTime() - submitted) / 1_000_000);
        // Both times are the database's: the submit's transaction start and the engine transaction's start.
        long startedAfterMs = number("SELECT (EXTRACT(EPOCH FROM p.processed_at - e.occurred_at) * 1000)::bigint "
                + "FROM core.outbox_event e JOIN engine.processed_event p ON p.event_id = e.id "
                + "WHERE e.account_id = ? AND e.event_type = 'QUIZ_COMPLETED'", reader);
        System.out.printf("engine started on the quiz event %d ms after its transaction began%n", startedAfterMs);
        assertTrue(startedAfterMs < 1000, "processing starts within a second of the core commit: " + startedAfterMs + " ms");

        assertEquals(67, number("SELECT COALESCE(sum(points), 0) FROM engine.points_ledger WHERE reader_id = ? "
                + "AND source = 'QUIZ_SCORE'", reader), "the quiz earned its score");
        long xp = progress.getJsonNumber("xp").longValue();
        assertEquals(xp, number("SELECT COALESCE(sum(points), 0) FROM engine.points_ledger WHERE reader_id = ?", reader),
                "the ledger (quiz score and the first-quiz and first-article achievements) adds up to the stored XP");
        assertEquals(xp / 100 + 1, progress.getInt("level"), "floor(XP / 100) + 1");
        assertEquals(0, number("SELECT count(*) FROM core.outbox_event e LEFT JOIN engine.processed_event p ON p.event_id = e.id "
                + "WHERE e.account_id = ? AND p.event_id IS NULL", reader), "every event of the reader is processed");
        assertEquals(1, number("SELECT count(*) FROM engine.points_ledger l JOIN core.outbox_event e ON e.id = l.source_event_id "
                + "WHERE e.account_id = ? AND e.event_type = 'QUIZ_COMPLETED'", reader), "the quiz paid once");
    }

    @Test
    void backlogAndLagAreMetrics() {
        String metrics = api.accepting("text/plain").get("/metrics").body();
        assertTrue(metrics.contains("yomu_engine_event_backlog{"), "backlog gauge");
        assertTrue(metrics.contains("yomu_engine_event_lag_seconds{"), "lag gauge");
        assertTrue(metrics.contains("yomu_engine_events_processed_total{"), "processed counter");
    }

    private static long number(String sql, Readers.Reader reader) throws Exception {
        try (Connection db = TestEnvironment.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, accountId(db, reader.username()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long accountId(Connection db, String username) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM core.account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
