package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Contributions with their multiplier, and the season's end exactly once across both instances (spec §5). */
class LeagueIT {

    private final Api blue1 = Api.at(TestEnvironment.instanceUrls().get(0));
    private final Api blue2 = Api.at(TestEnvironment.instanceUrls().get(1));
    private final Api admin = Admins.admin(blue1);

    private static JsonObject season(Api member, long clan) {
        return member.get("/api/v1/clans/" + clan + "/season").json();
    }

    private static BigDecimal contributions(JsonObject season) {
        return season.getJsonNumber("contributions").bigDecimalValue();
    }

    @Test
    void aClanWhoseLastTenQuizzesAverageBelowHalfContributesAtPointEight() throws SQLException {
        Quizzes.Quiz first = Quizzes.oneQuestion(admin);
        Quizzes.Quiz second = Quizzes.oneQuestion(admin);
        Api leader = Clans.reader(blue1, "low");
        long clan = Clans.create(leader, Clans.uniqueName());
        List<Api> members = new ArrayList<>(List.of(leader));
        for (int i = 0; i < 9; i++) {
            Api member = Clans.reader(blue1, "low" + i);
            Clans.join(leader, member, clan);
            members.add(member);
        }
        Quizzes.take(Clans.reader(blue1, "outsider"), second, true);

        members.forEach(member -> Quizzes.take(member, first, false));
        JsonObject penalised = Poll.until(() -> season(leader, clan), s -> !s.getJsonArray("multipliers").isEmpty(),
                Duration.ofSeconds(30));

        JsonObject penalty = penalised.getJsonArray("multipliers").getJsonObject(0);
        assertEquals("LOW_ACCURACY_PENALTY", penalty.getString("kind"));
        Duration left = Duration.between(Instant.now(), Instant.parse(penalty.getString("expires_at")));
        assertTrue(left.compareTo(Duration.ofMinutes(170)) > 0 && left.compareTo(Duration.ofMinutes(190)) < 0, left.toString());
        assertEquals(new BigDecimal("0.80"), penalised.getJsonNumber("multiplier").bigDecimalValue());
        assertEquals(0, contributions(penalised).signum(), "ten wrong answers score nothing; the outsider adds nothing");

        Quizzes.take(members.get(3), second, true);
        JsonObject after = Poll.until(() -> season(leader, clan), s -> contributions(s).signum() > 0, Duration.ofSeconds(30));

        assertEquals(new BigDecimal("80.00"), contributions(after), "100 points x 0.8");
        assertEquals(new BigDecimal("80.00"), after.getJsonNumber("score").bigDecimalValue(), "BRONZE scores the sum");
        try (Connection db = TestEnvironment.database();
             PreparedStatement row = db.prepareStatement("SELECT base_points, multiplier, points FROM engine.clan_contribution "
                     + "WHERE clan_id = ? AND base_points > 0")) {
            row.setLong(1, clan);
            try (ResultSet contribution = row.executeQuery()) {
                assertTrue(contribution.next());
                assertEquals(100, contribution.getInt(1));
                assertEquals(new BigDecimal("0.80"), contribution.getBigDecimal(2), "the multiplier is kept with the contribution");
                assertEquals(new BigDecimal("80.00"), contribution.getBigDecimal(3));
            }
        }
    }

    @Test
    void aTierTablePagesFiftyClansAndMarksTheViewersOwn() throws Exception {
        Api leader = Clans.reader(blue1, "table");
        long clan = Clans.create(leader, Clans.uniqueName());
        // Enough BRONZE clans for a second page, whatever the other tests left.
        long bronze = count("SELECT count(*) FROM engine.clan WHERE tier = 'BRONZE'");
        for (long more = bronze; more <= 50; more++) {
            Clans.create(Clans.reader(blue1, "filler"), Clans.uniqueName());
        }
        bronze = count("SELECT count(*) FROM engine.clan WHERE tier = 'BRONZE'");

        JsonObject first = leader.get("/api/v1/league/tiers/BRONZE?page=1").json();
        JsonObject second = leader.get("/api/v1/league/tiers/BRONZE?page=2").json();

        assertEquals(bronze, first.getJsonObject("clans").getJsonNumber("total").longValue());
        assertEquals(50, first.getJsonObject("clans").getJsonArray("items").size(), "50 a page");
        assertEquals(Math.min(50, bronze - 50), second.getJsonObject("clans").getJsonArray("items").size());
        List<Long> onFirst = ids(first);
        assertTrue(ids(second).stream().noneMatch(onFirst::contains), "the pages do not overlap");
        JsonObject mine = first.getJsonObject("my_clan");
        assertEquals(clan, mine.getJsonNumber("clan_id").longValue(), "the viewer's own clan, wherever it stands");
        assertTrue(mine.getBoolean("mine"));
        long marked = java.util.stream.Stream.of(first, second)
                .flatMap(page -> page.getJsonObject("clans").getJsonArray("items").stream()).map(JsonValue::asJsonObject)
                .filter(row -> row.getBoolean("mine")).count();
        assertTrue(marked <= 1, "only the viewer's clan is marked");
        JsonObject visitor = blue1.get("/api/v1/league/tiers/BRONZE").json();
        assertTrue(!visitor.containsKey("my_clan") || visitor.isNull("my_clan"), "nobody's clan for a visitor: " + visitor.get("my_clan"));
        Api.Reply bad = leader.get("/api/v1/league/tiers/BRONZE?page=zero");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"page\""), bad.body());
        assertEquals(400, leader.get("/api/v1/league/tiers/COPPER").status());
    }

    private static List<Long> ids(JsonObject table) {
        return table.getJsonObject("clans").getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(row -> row.getJsonNumber("clan_id").longValue()).toList();
    }

    @Test
    void aDueSeasonEndsOnceAcrossInstancesAndRacingEndRequestsEndTheNextOnceToo() throws Exception {
        Quizzes.Quiz quiz = Quizzes.oneQuestion(admin);
        Api topLeader = Clans.reader(blue1, "top");
        long top = Clans.create(topLeader, Clans.uniqueName());
        long bottom = Clans.create(Clans.reader(blue1, "bottom"), Clans.uniqueName());
        sql("UPDATE engine.clan SET tier = 'GOLD' WHERE id IN (" + top + ", " + bottom + ")");
        Quizzes.take(topLeader, quiz, true);
        Poll.until(() -> season(topLeader, top), s -> contributions(s).signum() > 0, Duration.ofSeconds(30));
        JsonObject running = blue1.get("/api/v1/league/season").json();
        int number = running.getInt("number");

        Api.Reply due = admin.put("/api/v1/admin/seasons/current", "{\"ends_at\":\""
                + Instant.parse(running.getString("starts_at")).plusMillis(1) + "\"}");
        assertEquals(200, due.status(), due.body());
        JsonObject next = Poll.until(() -> blue2.get("/api/v1/league/season").json(), s -> s.getInt("number") == number + 1,
                Duration.ofSeconds(30));

        assertTrue(Instant.parse(next.getString("ends_at")).isAfter(Instant.now().plus(Duration.ofHours(23))));
        assertEquals(1, count("SELECT count(*) FROM engine.season WHERE number > " + number), "one new season, not two");
        assertEquals(count("SELECT count(*) FROM engine.clan c WHERE c.created_at < (SELECT ended_at FROM engine.season WHERE number = "
                + number + ")"), count("SELECT count(*) FROM engine.season_result WHERE season_number = " + number),
                "one result per clan");
        JsonObject topResult = result(number, top);
        assertEquals(1, topResult.getInt("rank"));
        assertEquals("GOLD", topResult.getString("tier_before"));
        assertEquals("DIAMOND", topResult.getString("tier_after"));
        assertEquals("SILVER", result(number, bottom).getString("tier_after"));
        assertEquals("DIAMOND", Clans.clan(topLeader, top).getString("tier"));
        assertEquals(number, blue1.get("/api/v1/league/seasons?size=1").json().getJsonArray("items").getJsonObject(0).getInt("number"));

        List<Integer> statuses = endConcurrently(number + 1, 8);
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(1, count("SELECT count(*) FROM engine.season WHERE number > " + (number + 1)));
        assertEquals(number + 2, blue2.get("/api/v1/league/season").json().getInt("number"));

        long ended = count("SELECT count(*) FROM engine.season WHERE ended_at IS NOT NULL");
        for (Api instance : List.of(blue1, blue2)) {
            String metrics = instance.accepting("text/plain").get("/metrics").body();
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith("yomu_seasons_ended_total") && line.endsWith(" " + ended + ".0")),
                    "every instance counts " + ended + " ended seasons");
        }
    }

    /** The clan's row of the season's results, looked for page by page (100 a page). */
    private JsonObject result(int season, long clan) {
        for (int page = 1; ; page++) {
            Api.Reply reply = blue2.get("/api/v1/league/seasons/" + season + "/results?size=100&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            JsonObject body = reply.json();
            java.util.Optional<JsonObject> row = body.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonNumber("clan_id").longValue() == clan).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            if (page * 100L >= body.getJsonNumber("total").longValue()) {
                throw new AssertionError("no result for clan " + clan + " among " + body.getJsonNumber("total") + " results");
            }
        }
    }

    /** Admins on both instances ask to end the same season at the same moment. */
    private List<Integer> endConcurrently(int season, int requests) {
        Api adminOn2 = admin.atSameTokenOn(blue2);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Api caller = i % 2 == 0 ? admin : adminOn2;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return caller.post("/api/v1/admin/seasons/" + season + "/end", null).status();
                }, pool));
            }
            start.countDown();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection db = TestEnvironment.database(); PreparedStatement update = db.prepareStatement(statement)) {
            update.executeUpdate();
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection db = TestEnvironment.database();
             PreparedStatement select = db.prepareStatement(query);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
