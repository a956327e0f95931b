package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class QuizIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));
    private final Api admin = Admins.admin(api);

    /** An article with three questions; the correct option of each is the first one written. */
    private record Quiz(long articleId, List<Long> questionIds, List<Long> correctOptions, List<Long> wrongOptions) {
    }

    private Quiz quiz() {
        long category = Admins.category(admin, Readers.uniqueName("quiz"));
        long article = Admins.article(admin, category, "Kuis " + Readers.uniqueName("a"), "Teks untuk dibaca.", 2, true);
        List<Long> questions = new ArrayList<>();
        List<Long> correct = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            JsonObject question = admin.post("/api/v1/admin/articles/" + article + "/questions", questionJson("Pertanyaan " + i))
                    .json();
            questions.add(question.getJsonNumber("id").longValue());
            for (JsonValue option : question.getJsonArray("options")) {
                (option.asJsonObject().getBoolean("correct") ? correct : wrong).add(option.asJsonObject().getJsonNumber("id").longValue());
            }
        }
        return new Quiz(article, questions, correct, wrong);
    }

    private static String questionJson(String prompt) {
        return Json.createObjectBuilder().add("prompt", prompt).add("explanation", "Karena teksnya berkata begitu.")
                .add("options", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Benar").add("correct", true))
                        .add(Json.createObjectBuilder().add("label", "Salah").add("correct", false))
                        .add(Json.createObjectBuilder().add("label", "Juga salah").add("correct", false)))
                .build().toString();
    }

    private static String answers(List<Long> questions, List<Long> options) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < questions.size(); i++) {
            list.add(Json.createObjectBuilder().add("question_id", questions.get(i)).add("option_id", options.get(i)));
        }
        return Json.createObjectBuilder().add("answers", list).build().toString();
    }

    @Test
    void readersNeverReceiveTheCorrectOptionBeforeSubmitting() {
        Quiz quiz = quiz();
        Readers.Reader reader = Readers.register(api, "peek");

        Api.Reply opened = api.withToken(reader.token()).get("/api/v1/articles/" + quiz.articleId() + "/quiz");
        assertEquals(200, opened.status(), opened.body());
        assertFalse(opened.body().contains("correct"), opened.body());
        assertFalse(opened.body().contains("explanation"), opened.body());
        assertEquals(3, opened.json().getJsonArray("questions").size());
    }

    @Test
    void scoreIsRoundedPercentageWithAReviewAndOnlyOneAttempt() throws Exception {
        Quiz quiz = quiz();
        Readers.Reader reader = Readers.register(api, "taker");
        Api me = api.withToken(reader.token());
        me.get("/api/v1/articles/" + quiz.articleId() + "/quiz");

        List<Long> chosen = List.of(quiz.correctOptions().get(0), quiz.correctOptions().get(1), quiz.wrongOptions().get(4));
        Api.Reply submitted = me.post("/api/v1/articles/" + quiz.articleId() + "/quiz/submissions", answers(quiz.questionIds(), chosen));

        assertEquals(201, submitted.status(), submitted.body());
        JsonObject result = submitted.json();
        assertEquals(67, result.getInt("score"), "round(100 × 2 / 3)");
        assertEquals(2, result.getInt("correct_count"));
        assertTrue(result.getJsonNumber("time_taken_ms").longValue() >= 0);
        JsonObject third = result.getJsonArray("review").getJsonObject(2);
        assertFalse(third.getBoolean("correct"));
        assertEquals(quiz.correctOptions().get(2).longValue(), third.getJsonNumber("correct_option_id").longValue());
        assertEquals("Karena teksnya berkata begitu.", third.getString("explanation"));

        Api.Reply again = me.post("/api/v1/articles/" + quiz.articleId() + "/quiz/submissions",
                answers(quiz.questionIds(), quiz.correctOptions()));
        assertEquals(409, again.status(), again.body());
        JsonObject reopened = me.get("/api/v1/articles/" + quiz.articleId() + "/quiz").json();
        assertTrue(reopened.getBoolean("submitted"));
        assertEquals(67, reopened.getJsonObject("result").getInt("score"), "the second submit changed nothing");
        assertTrue(me.get("/api/v1/articles/" + quiz.articleId()).json().getBoolean("read_by_me"), "submitting marks read");
        assertEquals(67, quizCompletedScore(reader.username(), quiz.articleId()));
    }

    @Test
    void twoConcurrentSubmitsStoreExactlyOne() throws Exception {
        Quiz quiz = quiz();
        Readers.Reader reader = Readers.register(api, "racer");
        Api me = api.withToken(reader.token());
        Api other = Api.at(TestEnvironment.instanceUrls().get(1)).withToken(reader.token());
        String body = answers(quiz.questionIds(), quiz.correctOptions());
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> awaitThen(start,
                () -> me.post("/api/v1/articles/" + quiz.articleId() + "/quiz/submissions", body).status()));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> awaitThen(start,
                () -> other.post("/api/v1/articles/" + quiz.articleId() + "/quiz/submissions", body).status()));
        start.countDown();

        List<Integer> statuses = new ArrayList<>(List.of(first.get(), second.get()));
        statuses.sort(Integer::compare);
        assertEquals(List.of(201, 409), statuses);
        assertEquals(1, attempts(reader.username(), quiz.articleId()));
    }

    @Test
    void badSubmissionsNameWhatIsWrongAndStoreNothing() throws Exception {
        Quiz quiz = quiz();
        Quiz otherQuiz = quiz();
        Readers.Reader reader = Readers.register(api, "sloppy");
        Api me = api.withToken(reader.token());
        String path = "/api/v1/articles/" + quiz.articleId() + "/quiz/submissions";
        List<Long> q = quiz.questionIds();
        List<Long> right = quiz.correctOptions();

        Api.Reply missing = me.post(path, answers(q.subList(0, 2), right.subList(0, 2)));
        Api.Reply duplicate = me.post(path, answers(List.of(q.get(0), q.get(0), q.get(1), q.get(2)),
                List.of(right.get(0), right.get(0), right.get(1), right.get(2))));
        Api.Reply foreignOption = me.post(path, answers(q, List.of(right.get(1), right.get(1), right.get(2))));
        Api.Reply foreignQuestion = me.post(path, answers(List.of(q.get(0), q.get(1), otherQuiz.questionIds().get(0)),
                List.of(right.get(0), right.get(1), otherQuiz.correctOptions().get(0))));
        Api.Reply empty = me.post(path, "{\"answers\":[]}");
        Api.Reply anonymous = api.post(path, answers(q, right));
        Api.Reply noQuiz = me.get("/api/v1/articles/999999999/quiz");

        assertEquals(400, missing.status());
        assertEquals(List.of("answers"), missing.errorFields());
        assertTrue(missing.body().contains("question 3"), missing.body());
        assertEquals(List.of("answers[1].question_id"), duplicate.errorFields());
        assertEquals(List.of("answers[0].option_id"), foreignOption.errorFields());
        assertEquals(List.of("answers[2].question_id", "answers"), foreignQuestion.errorFields());
        assertEquals(List.of("answers"), empty.errorFields());
        assertEquals(401, anonymous.status());
        assertEquals(404, noQuiz.status());
        assertEquals(0, attempts(reader.username(), quiz.articleId()));
    }

    @Test
    void editingQuestionsKeepsStoredAttemptsAsTheyWere() {
        Quiz quiz = quiz();
        Readers.Reader reader = Readers.register(api, "kept");
        Api me = api.withToken(reader.token());
        me.post("/api/v1/articles/" + quiz.articleId() + "/quiz/submissions", answers(quiz.questionIds(), quiz.correctOptions()));

        Api.Reply edited = admin.put("/api/v1/admin/questions/" + quiz.questionIds().get(0), questionJson("Pertanyaan baru"));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(204, admin.send("DELETE", "/api/v1/admin/questions/" + quiz.questionIds().get(1), null).status());

        JsonObject result = me.get("/api/v1/articles/" + quiz.articleId() + "/quiz/result").json();
        assertEquals(100, result.getInt("score"));
        assertEquals("Pertanyaan 1", result.getJsonArray("review").getJsonObject(0).getString("prompt"));
        assertEquals(3, result.getJsonArray("review").size());
    }

    @Test
    void adminEditorValidatesReordersAndIsForAdminsOnly() {
        Quiz quiz = quiz();
        String questions = "/api/v1/admin/articles/" + quiz.articleId() + "/questions";
        Readers.Reader reader = Readers.register(api, "notadmin");

        Api.Reply twoCorrect = admin.post(questions, "{\"prompt\":\"P\",\"options\":[{\"label\":\"a\",\"correct\":true},"
                + "{\"label\":\"b\",\"correct\":true}]}");
        Api.Reply oneOption = admin.post(questions, "{\"prompt\":\"\",\"options\":[{\"label\":\"a\",\"correct\":true}]}");
        List<Long> reversed = new ArrayList<>(quiz.questionIds());
        java.util.Collections.reverse(reversed);
        Api.Reply reordered = admin.put(questions + "/order", Json.createObjectBuilder()
                .add("question_ids", Json.createArrayBuilder(reversed)).build().toString());
        Api.Reply badOrder = admin.put(questions + "/order", "{\"question_ids\":[" + quiz.questionIds().get(0) + "]}");

        assertEquals(List.of("options"), twoCorrect.errorFields());
        assertEquals(List.of("prompt", "options"), oneOption.errorFields());
        assertEquals(200, reordered.status(), reordered.body());
        assertEquals(reversed.get(0).longValue(), Json.createReader(new java.io.StringReader(reordered.body())).readArray()
                .getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(List.of("question_ids"), badOrder.errorFields());
        assertEquals(403, api.withToken(reader.token()).get(questions).status());
    }

    private static <T> T awaitThen(CountDownLatch start, java.util.function.Supplier<T> action) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return action.get();
    }

    private static int attempts(String username, long articleId) throws Exception {
        return count("SELECT count(*) FROM core.quiz_attempt t JOIN core.account a ON a.id = t.account_id "
                + "WHERE a.username = ? AND t.article_id = ?", username, articleId);
    }

    private static int quizCompletedScore(String username, long articleId) throws Exception {
        return count("SELECT (e.payload ->> 'score')::int FROM core.outbox_event e JOIN core.account a ON a.id = e.account_id "
                + "WHERE a.username = ? AND e.event_type = 'QUIZ_COMPLETED' AND (e.payload ->> 'article_id')::bigint = ?",
                username, articleId);
    }

    private static int count(String sql, String username, long articleId) throws Exception {
        try (Connection db = TestEnvironment.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, username);
            query.setLong(2, articleId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        }
    }
}
