package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** After quizzes, mission claims and achievement rewards, every stored total equals its ledger recomputed. */
class LedgerIT {

    /** Readers whose stored XP differs from the sum of their ledger rows (and ledger readers without a total). */
    static final String RECOMPUTE = "SELECT count(*) FROM (SELECT reader_id, sum(points) AS xp FROM engine.points_ledger "
            + "GROUP BY reader_id) l FULL JOIN engine.reader_progress p ON p.reader_id = l.reader_id "
            + "WHERE COALESCE(l.xp, 0) <> COALESCE(p.xp, 0)";

    /** Clans whose running season totals differ from their contributions added up (in one snapshot). */
    static final String CLAN_TOTALS = "SELECT count(*) FROM (SELECT season_number, clan_id, sum(points) AS points, "
            + "count(DISTINCT reader_id) AS contributors, count(accuracy) AS quizzes, COALESCE(sum(accuracy), 0) AS accuracy "
            + "FROM engine.clan_contribution GROUP BY season_number, clan_id) c FULL JOIN (SELECT season_number, clan_id, "
            + "sum(points) AS points, sum(contributors) AS contributors, sum(quiz_results) AS quizzes, "
            + "sum(accuracy_sum) AS accuracy FROM engine.clan_season_total GROUP BY season_number, clan_id) t "
            + "USING (season_number, clan_id) WHERE c.points IS DISTINCT FROM t.points "
            + "OR c.contributors IS DISTINCT FROM t.contributors OR c.quizzes IS DISTINCT FROM t.quizzes "
            + "OR c.accuracy IS DISTINCT FROM t.accuracy";

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));

    @Test
    void totalsEqualTheLedgerAfterAMixOfActions() {
        Api admin = Admins.admin(api);
        long category = Admins.category(admin, Readers.uniqueName("buku"));
        long quizzes = Game.missionTemplate(admin, "COMPLETE_QUIZZES", 1, null, 20);
        long articles = Game.missionTemplate(admin, "READ_ARTICLES", 2, null, 10);
        long comments = Game.missionTemplate(admin, "POST_COMMENTS", 3, null, 5);
        assertEquals(200, Game.chooseToday(admin, List.of(quizzes, articles, comments)).status());
        Readers.Reader first = Readers.register(api, "buku");
        Readers.Reader second = Readers.register(api, "buku");
        Api one = api.withToken(first.token());
        Api two = Api.at(TestEnvironment.instanceUrls().get(1)).withToken(second.token());
        Game.takeQuiz(admin, category, one, true);
        Game.takeQuiz(admin, category, one, false);
        Game.takeQuiz(admin, category, two, true);
        long oneId = Game.readerId(first.username());
        long twoId = Game.readerId(second.username());
        Game.settled(oneId);
        Game.settled(twoId);
        assertEquals(200, one.post("/api/v1/me/missions/" + quizzes + "/claim", null).status());
        assertEquals(200, one.post("/api/v1/me/missions/" + articles + "/claim", null).status());
        assertEquals(200, two.post("/api/v1/me/missions/" + quizzes + "/claim", null).status());

        assertEquals(100 + 0 + 20 + 10 + 10 + 10, Game.xp(one), "two quiz scores, two mission rewards, first quiz and first article");
        assertEquals(Game.xp(one), Game.ledgerSum(oneId));
        assertEquals(Game.xp(two), Game.ledgerSum(twoId));
        assertTrue(Game.number("SELECT count(DISTINCT source) FROM engine.points_ledger WHERE reader_id = ?", oneId) == 3,
                "QUIZ_SCORE, MISSION_REWARD and ACHIEVEMENT_REWARD rows");
        assertEquals(0, Game.number(RECOMPUTE), "every reader's stored XP equals their ledger");
    }

    @Test
    void everyClansSeasonTotalsEqualItsContributions() {
        Api admin = Admins.admin(api);
        Api leader = Clans.reader(api, "total");
        long clan = Clans.create(leader, Clans.uniqueName());
        Api member = Clans.reader(Api.at(TestEnvironment.instanceUrls().get(1)), "total");
        Clans.join(leader, member, clan);
        Quizzes.take(leader, Quizzes.oneQuestion(admin), true);
        Quizzes.take(member, Quizzes.oneQuestion(admin), false);
        Poll.until(() -> Game.number("SELECT count(*) FROM engine.clan_contribution WHERE clan_id = ?", clan), n -> n == 2,
                java.time.Duration.ofSeconds(30));

        assertEquals(2, Game.number("SELECT sum(contributors) FROM engine.clan_season_total WHERE clan_id = ?", clan));
        assertEquals(0, Game.number(CLAN_TOTALS), "every clan's season totals equal its contributions added up");
    }
}
