package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The forum of spec §3 through its REST API; every test makes its own article and readers. */
class ForumIT {

    private static final String UP = "\uD83D\uDC4D";
    private static final String LAUGH = "\uD83D\uDE02";
    private static final String DELETED_BODY = "[komentar dihapus]";

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));

    @Test
    void rootsAreNewestFirstAndRepliesOldestFirstNestedAtEveryLevel() throws Exception {
        long article = publishedArticle();
        Api reader = reader("thread");
        long first = post(reader, article, "pertama", null);
        long second = post(reader, article, "kedua", null);
        long replyA = post(reader, article, "balasan A", first);
        long replyB = post(reader, article, "balasan B", first);
        long deep = post(reader, article, "balasan dalam", replyA);

        JsonObject thread = thread(reader, article, "");

        assertEquals(2, thread.getInt("total"));
        JsonArray roots = thread.getJsonArray("items");
        assertEquals(List.of(second, first), ids(roots));
        JsonObject firstRoot = roots.getJsonObject(1);
        assertEquals(List.of(replyA, replyB), ids(firstRoot.getJsonArray("replies")));
        JsonObject a = firstRoot.getJsonArray("replies").getJsonObject(0);
        assertEquals(first, a.getJsonNumber("parent_id").longValue());
        assertEquals(List.of(deep), ids(a.getJsonArray("replies")));
        assertFalse(firstRoot.getBoolean("edited"));
        assertFalse(firstRoot.getBoolean("deleted"));
        assertTrue(firstRoot.getBoolean("mine"));
    }

    @Test
    void authorShowsDisplayNameAndUsernameAndADeletedAccountShowsAsDeletedReader() throws Exception {
        long article = publishedArticle();
        Readers.Reader leaving = Readers.register(api, "leaving");
        Api leaver = api.withToken(leaving.token());
        Api staying = reader("staying");
        post(leaver, article, "sampai jumpa", null);

        JsonObject author = thread(staying, article, "").getJsonArray("items").getJsonObject(0).getJsonObject("author");
        assertEquals("Pembaca " + leaving.username(), author.getString("display_name"));
        assertEquals(leaving.username(), author.getString("username"));

        Api.Reply deleted = leaver.delete("/api/v1/me", "{\"password\":\"" + Readers.PASSWORD + "\"}");
        assertEquals(204, deleted.status(), deleted.body());

        JsonObject after = thread(staying, article, "").getJsonArray("items").getJsonObject(0);
        assertEquals("deleted reader", after.getJsonObject("author").getString("display_name"));
        assertFalse(after.getJsonObject("author").containsKey("username"), after.toString());
        assertEquals("sampai jumpa", after.getString("body"), "the comment itself stays");
    }

    @Test
    void rootsPage20AtATimeWithTheTotal() throws Exception {
        long article = publishedArticle();
        Api reader = reader("pages");
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            posted.add(post(reader, article, "komentar " + i, null));
        }
        post(reader, article, "balasan tidak dihitung", posted.get(0));

        JsonObject first = thread(reader, article, "");
        JsonObject second = thread(reader, article, "?page=2");
        JsonObject small = thread(reader, article, "?page=3&size=5");

        assertEquals(23, first.getInt("total"));
        assertEquals(20, first.getJsonArray("items").size());
        assertEquals(posted.get(22), ids(first.getJsonArray("items")).get(0));
        assertEquals(List.of(posted.get(2), posted.get(1), posted.get(0)), ids(second.getJsonArray("items")));
        assertEquals(1, second.getJsonArray("items").getJsonObject(2).getJsonArray("replies").size());
        assertEquals(List.of(posted.get(12), posted.get(11), posted.get(10), posted.get(9), posted.get(8)),
                ids(small.getJsonArray("items")));
        assertEquals(23, small.getInt("total"));
    }

    @Test
    void badPagingIsA400NamingTheParameter() throws Exception {
        long article = publishedArticle();
        Api reader = reader("paging");

        Api.Reply tooBig = reader.get("/api/v1/articles/" + article + "/comments?size=101");
        Api.Reply zero = reader.get("/api/v1/articles/" + article + "/comments?page=0&size=abc");

        assertEquals(400, tooBig.status(), tooBig.body());
        assertEquals(List.of("size"), tooBig.errorFields());
        assertEquals(400, zero.status(), zero.body());
        assertEquals(List.of("page", "size"), zero.errorFields());
    }

    @Test
    void bodyMustBe1To5000Characters() throws Exception {
        long article = publishedArticle();
        Api reader = reader("body");
        String path = "/api/v1/articles/" + article + "/comments";

        Api.Reply empty = reader.post(path, json("body", ""));
        Api.Reply blank = reader.post(path, json("body", " \n "));
        Api.Reply missing = reader.post(path, "{}");
        Api.Reply oversized = reader.post(path, json("body", "a".repeat(5001)));
        Api.Reply noJson = reader.post(path, "");
        Api.Reply longest = reader.post(path, json("body", "a".repeat(5000)));

        for (Api.Reply bad : List.of(empty, blank, missing, oversized)) {
            assertEquals(400, bad.status(), bad.body());
            assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
            assertEquals(List.of("body"), bad.errorFields());
        }
        assertEquals("too_long", oversized.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(400, noJson.status(), noJson.body());
        assertEquals(201, longest.status(), longest.body());
        assertEquals(1, thread(reader, article, "").getInt("total"), "no bad comment was stored");
    }

    @Test
    void markupIsReturnedVerbatimAsTextWithItsLineBreaks() throws Exception {
        long article = publishedArticle();
        Api reader = reader("markup");
        String typed = "<script>alert('x')</script>\n<b>tebal</b> & \"kutip\"\r\n  baris tiga ";

        Api.Reply posted = reader.post("/api/v1/articles/" + article + "/comments", json("body", typed));

        assertEquals(201, posted.status(), posted.body());
        assertEquals(typed, posted.json().getString("body"));
        assertEquals(typed, thread(reader, article, "").getJsonArray("items").getJsonObject(0).getString("body"));
        assertTrue(posted.header("Location").endsWith("/api/v1/comments/" + posted.json().getJsonNumber("id")),
                posted.header("Location"));
    }

    @Test
    void parentMustBeACommentOfTheSameArticle() throws Exception {
        long article = publishedArticle();
        long otherArticle = publishedArticle();
        Api reader = reader("parent");
        long foreign = post(reader, otherArticle, "di artikel lain", null);
        String path = "/api/v1/articles/" + article + "/comments";

        Api.Reply foreignParent = reader.post(path, object("body", "balasan").add("parent_id", foreign).build().toString());
        Api.Reply unknownParent = reader.post(path, object("body", "balasan").add("parent_id", Long.MAX_VALUE).build().toString());

        assertEquals(400, foreignParent.status(), foreignParent.body());
        assertEquals(List.of("parent_id"), foreignParent.errorFields());
        assertEquals(400, unknownParent.status(), unknownParent.body());
        assertEquals(List.of("parent_id"), unknownParent.errorFields());
        assertEquals(0, thread(reader, article, "").getInt("total"));
    }

    @Test
    void unknownOrHiddenArticlesAndUnknownCommentsAre404() throws Exception {
        long hidden = article(false);
        Api reader = reader("missing");
        String unknownArticle = "/api/v1/articles/" + Long.MAX_VALUE + "/comments";
        String unknownComment = "/api/v1/comments/" + Long.MAX_VALUE;

        List<Api.Reply> replies = List.of(
                reader.get(unknownArticle),
                reader.post(unknownArticle, json("body", "halo")),
                reader.get("/api/v1/articles/" + hidden + "/comments"),
                reader.post("/api/v1/articles/" + hidden + "/comments", json("body", "halo")),
                reader.patch(unknownComment, json("body", "halo")),
                reader.delete(unknownComment, null),
                reader.put(unknownComment + "/vote", json("value", "UPVOTE")),
                reader.post(unknownComment + "/reactions", json("emoji", UP)),
                reader.post(unknownComment + "/reports", json("reason", "spam")));

        for (Api.Reply reply : replies) {
            assertEquals(404, reply.status(), reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        }
    }

    @Test
    void everyForumCallNeedsALogin() throws Exception {
        long article = publishedArticle();
        long comment = post(reader("owner"), article, "halo", null);

        List<Api.Reply> replies = List.of(
                api.get("/api/v1/articles/" + article + "/comments"),
                api.post("/api/v1/articles/" + article + "/comments", json("body", "halo")),
                api.patch("/api/v1/comments/" + comment, json("body", "ubah")),
                api.delete("/api/v1/comments/" + comment, null),
                api.put("/api/v1/comments/" + comment + "/vote", json("value", "UPVOTE")),
                api.post("/api/v1/comments/" + comment + "/reactions", json("emoji", UP)),
                api.post("/api/v1/comments/" + comment + "/reports", json("reason", "spam")),
                api.get("/api/v1/admin/reports"),
                api.post("/api/v1/admin/reports/1/dismiss", null),
                api.post("/api/v1/admin/reports/1/delete-comment", null));

        for (Api.Reply reply : replies) {
            assertEquals(401, reply.status(), reply.body());
        }
    }

    @Test
    void theAuthorEditsAndTheCommentIsMarkedEditedButNobodyElseMayEdit() throws Exception {
        long article = publishedArticle();
        Api author = reader("editor");
        Api other = reader("other");
        Api admin = admin();
        long comment = post(author, article, "tulisan awal", null);
        String path = "/api/v1/comments/" + comment;

        Api.Reply byOther = other.patch(path, json("body", "bukan punyaku"));
        Api.Reply byAdmin = admin.patch(path, json("body", "admin juga tidak"));
        Api.Reply tooLong = author.patch(path, json("body", "b".repeat(5001)));
        Api.Reply edited = author.patch(path, json("body", "tulisan baru\nbaris dua"));

        assertEquals(403, byOther.status(), byOther.body());
        assertEquals(403, byAdmin.status(), byAdmin.body());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals(List.of("body"), tooLong.errorFields());
        assertEquals(200, edited.status(), edited.body());
        assertTrue(edited.json().getBoolean("edited"));
        assertFalse(edited.json().getString("edited_at").isBlank());
        JsonObject listed = thread(other, article, "").getJsonArray("items").getJsonObject(0);
        assertEquals("tulisan baru\nbaris dua", listed.getString("body"));
        assertTrue(listed.getBoolean("edited"));
        assertFalse(listed.getBoolean("mine"));
    }

    @Test
    void aDeletedCommentWithRepliesStaysAsPlaceholderAndOneWithoutDisappears() throws Exception {
        long article = publishedArticle();
        Api author = reader("deleter");
        Api replier = reader("replier");
        long withReplies = post(author, article, "akan dihapus", null);
        long reply = post(replier, article, "balasan tetap", withReplies);
        long alone = post(author, article, "sendirian", null);
        long leafReply = post(author, article, "balasan yang dihapus", withReplies);

        assertEquals(403, replier.delete("/api/v1/comments/" + withReplies, null).status());
        assertEquals(204, author.delete("/api/v1/comments/" + withReplies, null).status());
        assertEquals(204, author.delete("/api/v1/comments/" + alone, null).status());
        assertEquals(204, author.delete("/api/v1/comments/" + leafReply, null).status());

        JsonObject thread = thread(replier, article, "");
        assertEquals(1, thread.getInt("total"));
        JsonObject placeholder = thread.getJsonArray("items").getJsonObject(0);
        assertEquals(withReplies, placeholder.getJsonNumber("id").longValue());
        assertTrue(placeholder.getBoolean("deleted"));
        assertEquals(DELETED_BODY, placeholder.getString("body"));
        assertFalse(placeholder.containsKey("author"), placeholder.toString());
        assertEquals(List.of(reply), ids(placeholder.getJsonArray("replies")));

        assertEquals(404, author.patch("/api/v1/comments/" + withReplies, json("body", "lagi")).status());
        assertEquals(404, author.delete("/api/v1/comments/" + withReplies, null).status());
        Api.Reply replyToDeleted = replier.post("/api/v1/articles/" + article + "/comments",
                object("body", "ke yang dihapus").add("parent_id", withReplies).build().toString());
        assertEquals(400, replyToDeleted.status(), replyToDeleted.body());
        assertEquals(List.of("parent_id"), replyToDeleted.errorFields());

        assertEquals(204, replier.delete("/api/v1/comments/" + reply, null).status());
        assertEquals(0, thread(replier, article, "").getInt("total"), "the placeholder goes with its last reply");
    }

    @Test
    void anAdminDeletesAnyComment() throws Exception {
        long article = publishedArticle();
        Api author = reader("victim");
        long comment = post(author, article, "melanggar aturan", null);

        Api.Reply deleted = admin().delete("/api/v1/comments/" + comment, null);

        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(0, thread(author, article, "").getInt("total"));
    }

    @Test
    void votesAreAToggleAndExcludeEachOther() throws Exception {
        long article = publishedArticle();
        Api author = reader("voted");
        Api voter = reader("voter");
        Api another = reader("voter2");
        long comment = post(author, article, "pilih aku", null);
        String path = "/api/v1/comments/" + comment + "/vote";

        JsonObject up = ok(voter.put(path, json("value", "UPVOTE")));
        assertCounts(up, 1, 0, "UPVOTE");
        ok(another.put(path, json("value", "UPVOTE")));
        assertCounts(ok(voter.put(path, json("value", "UPVOTE"))), 1, 0, null);
        assertCounts(ok(voter.put(path, json("value", "DOWNVOTE"))), 1, 1, "DOWNVOTE");
        assertCounts(ok(voter.put(path, json("value", "UPVOTE"))), 2, 0, "UPVOTE");

        JsonObject asVoter = thread(voter, article, "").getJsonArray("items").getJsonObject(0);
        JsonObject asAuthor = thread(author, article, "").getJsonArray("items").getJsonObject(0);
        assertCounts(asVoter, 2, 0, "UPVOTE");
        assertCounts(asAuthor, 2, 0, null);

        Api.Reply bad = voter.put(path, json("value", "SIDEWAYS"));
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("value"), bad.errorFields());
    }

    @Test
    void reactionsToggleIndependentlyAndOnlyFromTheSet() throws Exception {
        long article = publishedArticle();
        Api author = reader("reacted");
        Api fan = reader("fan");
        long comment = post(author, article, "lucu", null);
        String path = "/api/v1/comments/" + comment + "/reactions";

        ok(fan.post(path, json("emoji", UP)));
        ok(author.post(path, json("emoji", UP)));
        JsonObject both = ok(fan.post(path, json("emoji", LAUGH)));
        assertEquals(2, reaction(both, UP).getInt("count"));
        assertTrue(reaction(both, UP).getBoolean("mine"));
        assertEquals(1, reaction(both, LAUGH).getInt("count"));
        assertEquals(5, both.getJsonArray("reactions").size(), "every emoji of the set is listed");

        JsonObject undone = ok(fan.post(path, json("emoji", UP)));
        assertEquals(1, reaction(undone, UP).getInt("count"));
        assertFalse(reaction(undone, UP).getBoolean("mine"));
        assertTrue(reaction(undone, LAUGH).getBoolean("mine"), "the other reaction is untouched");

        JsonObject asAuthor = thread(author, article, "").getJsonArray("items").getJsonObject(0);
        assertTrue(reaction(asAuthor, UP).getBoolean("mine"));
        assertFalse(reaction(asAuthor, LAUGH).getBoolean("mine"));
        assertEquals(1, reaction(asAuthor, LAUGH).getInt("count"));

        for (String bad : List.of("\uD83D\uDE21", "x", "")) {
            Api.Reply reply = fan.post(path, json("emoji", bad));
            assertEquals(400, reply.status(), reply.body());
            assertEquals(List.of("emoji"), reply.errorFields());
        }
    }

    @Test
    void doubleClicksOnVotesAndReactionsNeverFail() throws Exception {
        long article = publishedArticle();
        Api clicker = reader("clicker");
        long comment = post(reader("clicked"), article, "klik klik", null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Api.Reply>> clicks = new ArrayList<>();
            IntStream.range(0, 8).forEach(i -> {
                clicks.add(CompletableFuture.supplyAsync(() -> clicker.put("/api/v1/comments/" + comment + "/vote",
                        json("value", i % 2 == 0 ? "UPVOTE" : "DOWNVOTE")), pool));
                clicks.add(CompletableFuture.supplyAsync(() -> clicker.post("/api/v1/comments/" + comment + "/reactions",
                        json("emoji", UP)), pool));
            });
            for (CompletableFuture<Api.Reply> click : clicks) {
                Api.Reply reply = click.join();
                assertEquals(200, reply.status(), reply.body());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject listed = thread(clicker, article, "").getJsonArray("items").getJsonObject(0);
        assertTrue(listed.getInt("upvotes") + listed.getInt("downvotes") <= 1, listed.toString());
        assertTrue(reaction(listed, UP).getInt("count") <= 1, listed.toString());
    }

    @Test
    void postingRecordsCommentPostedInTheOutbox() throws Exception {
        long article = publishedArticle();
        Api reader = reader("outbox");
        long comment = post(reader, article, "catat aku", null);

        try (Connection db = TestEnvironment.database();
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM core.outbox_event "
                     + "WHERE event_type = 'COMMENT_POSTED' AND (payload->>'comment_id')::bigint = ? "
                     + "AND (payload->>'article_id')::bigint = ? "
                     + "AND account_id = (SELECT author_id FROM core.comment WHERE id = ?)")) {
            query.setLong(1, comment);
            query.setLong(2, article);
            query.setLong(3, comment);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }

    @Test
    void reportsNeedAReasonAndWaitInTheAdminQueueUntilDismissed() throws Exception {
        long article = publishedArticle();
        Api author = reader("reported");
        Readers.Reader reporterAccount = Readers.register(api, "reporter");
        Api reporter = api.withToken(reporterAccount.token());
        Api admin = admin();
        long comment = post(author, article, "isi yang dilaporkan", null);
        String path = "/api/v1/comments/" + comment + "/reports";

        Api.Reply empty = reporter.post(path, json("reason", ""));
        Api.Reply tooLong = reporter.post(path, json("reason", "r".repeat(501)));
        assertEquals(400, empty.status(), empty.body());
        assertEquals(List.of("reason"), empty.errorFields());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals(List.of("reason"), tooLong.errorFields());

        Api.Reply reported = reporter.post(path, json("reason", "spam <a href=x>"));
        assertEquals(201, reported.status(), reported.body());
        long report = reported.json().getJsonNumber("id").longValue();
        assertEquals(409, reporter.post(path, json("reason", "lagi")).status(), "one open report per reader");

        JsonObject queued = queued(admin, report);
        assertEquals("spam <a href=x>", queued.getString("reason"));
        assertEquals(reporterAccount.username(), queued.getJsonObject("reporter").getString("username"));
        assertEquals(comment, queued.getJsonObject("comment").getJsonNumber("id").longValue());
        assertEquals("isi yang dilaporkan", queued.getJsonObject("comment").getString("body"));

        Api.Reply dismissed = admin.post("/api/v1/admin/reports/" + report + "/dismiss", null);
        assertEquals(204, dismissed.status(), dismissed.body());
        assertEquals(null, queued(admin, report));
        assertEquals(409, admin.post("/api/v1/admin/reports/" + report + "/dismiss", null).status());
        assertEquals(1, thread(author, article, "").getInt("total"), "a dismissed report leaves the comment");
        assertEquals(404, admin.post("/api/v1/admin/reports/" + Long.MAX_VALUE + "/dismiss", null).status());
    }

    @Test
    void deletingTheReportedCommentResolvesAllItsOpenReports() throws Exception {
        long article = publishedArticle();
        Api author = reader("offender");
        Api admin = admin();
        long comment = post(author, article, "komentar buruk", null);
        long first = report(reader("rep1"), comment);
        long second = report(reader("rep2"), comment);

        Api.Reply deleted = admin.post("/api/v1/admin/reports/" + first + "/delete-comment", null);

        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(0, thread(author, article, "").getInt("total"));
        assertEquals(null, queued(admin, first));
        assertEquals(null, queued(admin, second));
        assertEquals(409, admin.post("/api/v1/admin/reports/" + second + "/delete-comment", null).status());
    }

    @Test
    void anAuthorDeletingTheirCommentResolvesItsReports() throws Exception {
        long article = publishedArticle();
        Api author = reader("regret");
        Api admin = admin();
        long comment = post(author, article, "menyesal", null);
        long report = report(reader("rep3"), comment);

        assertEquals(204, author.delete("/api/v1/comments/" + comment, null).status());

        assertEquals(null, queued(admin, report));
    }

    @Test
    void readersMayNotUseTheModerationEndpoints() throws Exception {
        long article = publishedArticle();
        Api reader = reader("nosy");
        long report = report(reader, post(reader("target"), article, "dilaporkan", null));

        List<Api.Reply> replies = List.of(
                reader.get("/api/v1/admin/reports"),
                reader.post("/api/v1/admin/reports/" + report + "/dismiss", null),
                reader.post("/api/v1/admin/reports/" + report + "/delete-comment", null));

        for (Api.Reply reply : replies) {
            assertEquals(403, reply.status(), reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        }
        assertNotEquals(null, queued(admin(), report), "the report is still open");
    }

    @Test
    void theQueuePagesWithATotal() throws Exception {
        Api admin = admin();
        JsonObject page = ok(admin.get("/api/v1/admin/reports?page=1&size=1"));
        assertTrue(page.getInt("total") >= page.getJsonArray("items").size());
        Api.Reply bad = admin.get("/api/v1/admin/reports?size=500");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("size"), bad.errorFields());
    }

    private Api reader(String prefix) {
        return api.withToken(Readers.register(api, prefix).token());
    }

    private Api admin() throws SQLException {
        Readers.Reader admin = Readers.register(api, "admin");
        try (Connection db = TestEnvironment.database();
             PreparedStatement promote = db.prepareStatement("UPDATE core.account SET role = 'ADMIN' WHERE username = ?")) {
            promote.setString(1, admin.username());
            assertEquals(1, promote.executeUpdate());
        }
        return api.withToken(admin.token());
    }

    private static long publishedArticle() throws SQLException {
        return article(true);
    }

    /** An article of its own category, made with SQL because the admin article API is not this test's subject. */
    private static long article(boolean published) throws SQLException {
        try (Connection db = TestEnvironment.database();
             PreparedStatement insert = db.prepareStatement(
                     "WITH category AS (INSERT INTO core.category (name) VALUES (?) RETURNING id) "
                             + "INSERT INTO core.article (category_id, title, body, reading_level, word_count, published) "
                             + "SELECT id, 'Artikel forum', 'Isi artikel.', 2, 120, ? FROM category RETURNING id")) {
            insert.setString(1, Readers.uniqueName("forum-cat"));
            insert.setBoolean(2, published);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long post(Api reader, long article, String body, Long parent) {
        JsonObjectBuilder json = object("body", body);
        if (parent != null) {
            json.add("parent_id", parent);
        }
        Api.Reply reply = reader.post("/api/v1/articles/" + article + "/comments", json.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long report(Api reporter, long comment) {
        Api.Reply reply = reporter.post("/api/v1/comments/" + comment + "/reports", json("reason", "tidak pantas"));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static JsonObject thread(Api reader, long article, String query) {
        return ok(reader.get("/api/v1/articles/" + article + "/comments" + query));
    }

    /** The open report with this id, looked for on every page of the queue, or null. */
    private static JsonObject queued(Api admin, long report) {
        for (int page = 1; ; page++) {
            JsonObject body = ok(admin.get("/api/v1/admin/reports?size=100&page=" + page));
            JsonArray items = body.getJsonArray("items");
            for (JsonValue item : items) {
                if (item.asJsonObject().getJsonNumber("id").longValue() == report) {
                    return item.asJsonObject();
                }
            }
            if (items.isEmpty() || (long) page * 100 >= body.getJsonNumber("total").longValue()) {
                return null;
            }
        }
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObjectBuilder object(String key, String value) {
        return Json.createObjectBuilder().add(key, value);
    }

    private static String json(String key, String value) {
        return object(key, value).build().toString();
    }

    private static List<Long> ids(JsonArray comments) {
        return comments.stream().map(comment -> comment.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject reaction(JsonObject counts, String emoji) {
        return counts.getJsonArray("reactions").stream().map(JsonValue::asJsonObject)
                .filter(reaction -> reaction.getString("emoji").equals(emoji))
                .findFirst().orElseThrow(() -> new AssertionError("no " + emoji + " in " + counts));
    }

    private static void assertCounts(JsonObject counts, int up, int down, String mine) {
        assertEquals(up, counts.getInt("upvotes"), counts.toString());
        assertEquals(down, counts.getInt("downvotes"), counts.toString());
        assertEquals(mine, counts.containsKey("my_vote") ? counts.getString("my_vote") : null, counts.toString());
    }
}
