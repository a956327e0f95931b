package id.yomu.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A published article with one question, and a reader who reads it, comments and submits the quiz:
 * the actions behind the business metrics and the engine's events.
 */
public record QuizActivity(long article, long question, long correctOption) {

    public static QuizActivity create(Api api, String name) {
        Api admin = Admins.admin(api);
        long article = Admins.article(admin, Admins.category(admin, Readers.uniqueName(name)), "Artikel " + name,
                "Teks.", 1, true);
        JsonObject added = admin.post("/api/v1/admin/articles/" + article + "/questions",
                "{\"prompt\":\"P\",\"options\":[{\"label\":\"a\",\"correct\":true},{\"label\":\"b\",\"correct\":false}]}")
                .json();
        long option = added.getJsonArray("options").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getBoolean("correct")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        return new QuizActivity(article, added.getJsonNumber("id").longValue(), option);
    }

    public Api.Reply read(Api reader) {
        return reader.post("/api/v1/articles/" + article + "/read", null);
    }

    public Api.Reply comment(Api reader) {
        return reader.post("/api/v1/articles/" + article + "/comments", "{\"body\":\"Komentar\"}");
    }

    public Api.Reply submitCorrect(Api reader) {
        return reader.post("/api/v1/articles/" + article + "/quiz/submissions",
                "{\"answers\":[{\"question_id\":" + question + ",\"option_id\":" + correctOption + "}]}");
    }
}
