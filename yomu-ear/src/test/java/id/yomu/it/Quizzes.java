package id.yomu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** One-question quizzes for tests that need readers to score 0 or 100 on demand. */
public final class Quizzes {

    private Quizzes() {
    }

    public record Quiz(long articleId, long questionId, long correctOption, long wrongOption) {
    }

    public static Quiz oneQuestion(Api admin) {
        long category = Admins.category(admin, Readers.uniqueName("liga"));
        long article = Admins.article(admin, category, "Liga " + Readers.uniqueName("a"), "Teks untuk dibaca.", 2, true);
        JsonObject question = admin.post("/api/v1/admin/articles/" + article + "/questions", Json.createObjectBuilder()
                .add("prompt", "Apa isi teks?").add("explanation", "Karena teksnya berkata begitu.")
                .add("options", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Benar").add("correct", true))
                        .add(Json.createObjectBuilder().add("label", "Salah").add("correct", false)))
                .build().toString()).json();
        long correct = 0;
        long wrong = 0;
        for (JsonValue option : question.getJsonArray("options")) {
            long id = option.asJsonObject().getJsonNumber("id").longValue();
            if (option.asJsonObject().getBoolean("correct")) {
                correct = id;
            } else {
                wrong = id;
            }
        }
        return new Quiz(article, question.getJsonNumber("id").longValue(), correct, wrong);
    }

    /** Opens the quiz and submits one answer; the score is 100 when right, 0 when wrong. */
    public static void take(Api reader, Quiz quiz, boolean right) {
        reader.get("/api/v1/articles/" + quiz.articleId() + "/quiz");
        String answers = Json.createObjectBuilder().add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("question_id", quiz.questionId())
                        .add("option_id", right ? quiz.correctOption() : quiz.wrongOption()))).build().toString();
        Api.Reply submitted = reader.post("/api/v1/articles/" + quiz.articleId() + "/quiz/submissions", answers);
        if (submitted.status() != 201) {
            throw new IllegalStateException("quiz submit: " + submitted);
        }
    }
}
