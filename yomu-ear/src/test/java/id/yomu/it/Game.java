package id.yomu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Game-side test helpers: one-question quizzes, mission templates and today's missions, database figures. */
public final class Game {

    private Game() {
    }

    /** A published article with one question: answering it right scores 100, wrong scores 0. */
    public record Quiz(long articleId, long questionId, long rightOption, long wrongOption) {

        public String answers(boolean right) {
            return Json.createObjectBuilder().add("answers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("question_id", questionId).add("option_id", right ? rightOption : wrongOption))).build().toString();
        }
    }

    public static Quiz quiz(Api admin, long category) {
        long article = Admins.article(admin, category, Readers.uniqueName("kuis"), "Teks bacaan.", 1, true);
        JsonObject question = admin.post("/api/v1/admin/articles/" + article + "/questions",
                "{\"prompt\":\"Apa?\",\"options\":[{\"label\":\"benar\",\"correct\":true},{\"label\":\"salah\",\"correct\":false}]}")
                .json();
        long right = 0;
        long wrong = 0;
        for (JsonValue option : question.getJsonArray("options")) {
            JsonObject o = option.asJsonObject();
            if (o.getBoolean("correct")) {
                right = o.getJsonNumber("id").longValue();
            } else {
                wrong = o.getJsonNumber("id").longValue();
            }
        }
        return new Quiz(article, question.getJsonNumber("id").longValue(), right, wrong);
    }

    /** Takes a fresh quiz (new article) as the reader: the submit also marks the article read. */
    public static void takeQuiz(Api admin, long category, Api reader, boolean right) {
        Quiz quiz = quiz(admin, category);
        Api.Reply reply = reader.post("/api/v1/articles/" + quiz.articleId() + "/quiz/submissions", quiz.answers(right));
        if (reply.status() != 201) {
            throw new IllegalStateException("quiz submit: " + reply);
        }
    }

    public static long missionTemplate(Api admin, String type, int target, Integer threshold, int reward) {
        var body = Json.createObjectBuilder().add("type", type).add("target", target).add("reward", reward);
        if (threshold != null) {
            body.add("threshold", threshold);
        }
        Api.Reply reply = admin.post("/api/v1/admin/mission-templates", body.build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("mission template: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    public static Api.Reply chooseToday(Api admin, List<Long> templateIds) {
        var ids = Json.createArrayBuilder();
        templateIds.forEach(ids::add);
        return admin.put("/api/v1/admin/missions/today", Json.createObjectBuilder().add("template_ids", ids).build().toString());
    }

    public static long achievement(Api admin, String name, String type, int target, Integer threshold, int reward) {
        var body = Json.createObjectBuilder().add("name", name).add("description", "Uji " + name).add("type", type)
                .add("target", target).add("reward", reward).add("rarity", "RARE");
        if (threshold != null) {
            body.add("threshold", threshold);
        }
        Api.Reply reply = admin.post("/api/v1/admin/achievement-templates", body.build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("achievement template: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Waits until the engine has processed every event of the reader. */
    public static void settled(long readerId) {
        Poll.until(() -> number("SELECT count(*) FROM core.outbox_event e WHERE e.account_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM engine.processed_event p WHERE p.event_id = e.id)", readerId), n -> n == 0, Duration.ofSeconds(60));
    }

    public static long readerId(String username) {
        try (Connection db = TestEnvironment.database();
             PreparedStatement query = db.prepareStatement("SELECT id FROM core.account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single number from the database, the query's parameters bound in order. */
    public static long number(String sql, Object... parameters) {
        try (Connection db = TestEnvironment.database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql, Object... parameters) {
        try (Connection db = TestEnvironment.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A reply whose body is a JSON array. */
    public static jakarta.json.JsonArray array(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("expected a list: " + reply);
        }
        try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    public static long xp(Api reader) {
        return reader.get("/api/v1/me/progress").json().getJsonNumber("xp").longValue();
    }

    public static long ledgerSum(long readerId) {
        return number("SELECT COALESCE(sum(points), 0) FROM engine.points_ledger WHERE reader_id = ?", readerId);
    }
}
