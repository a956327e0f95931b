package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Membership races decided by the database, not by luck: two requests sent at the same moment, one to
 * each instance, end in a valid state and the loser hears 409.
 */
class ClanRaceIT {

    private final Api blue1 = Api.at(TestEnvironment.instanceUrls().get(0));
    private final Api blue2 = Api.at(TestEnvironment.instanceUrls().get(1));

    /** Runs both at once (released together) and returns their statuses in order. */
    private static List<Integer> together(Supplier<Api.Reply> first, Supplier<Api.Reply> second) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> await(start, first), pool);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> await(start, second), pool);
            start.countDown();
            return List.of(a.join(), b.join());
        } finally {
            pool.shutdown();
        }
    }

    private static int await(CountDownLatch start, Supplier<Api.Reply> call) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return call.get().status();
    }

    @Test
    void twoLeadersAcceptingTheSameReaderAtOnceAdmitThemToOneClanOnly() {
        for (int round = 0; round < 5; round++) {
            Api leaderA = Clans.reader(blue1, "la");
            Api leaderB = Clans.reader(blue2, "lb");
            Api reader = Clans.reader(blue1, "both");
            long clanA = Clans.create(leaderA, Clans.uniqueName());
            long clanB = Clans.create(leaderB, Clans.uniqueName());
            long requestA = Clans.request(reader, clanA);
            long requestB = Clans.request(reader, clanB);

            List<Integer> statuses = together(() -> Clans.accept(leaderA, clanA, requestA),
                    () -> Clans.accept(leaderB.atSameTokenOn(blue2), clanB, requestB));

            assertTrue(statuses.containsAll(List.of(204, 409)), "one wins, one hears 409: " + statuses);
            int members = Clans.clan(reader, clanA).getInt("member_count") + Clans.clan(reader, clanB).getInt("member_count");
            assertEquals(3, members, "two leaders and the reader, in one clan only");
            long joined = reader.get("/api/v1/me/clan").json().getJsonNumber("id").longValue();
            assertEquals(statuses.get(0) == 204 ? clanA : clanB, joined);
        }
    }

    @Test
    void theLastPlaceIsTakenOnceWhenTwoAcceptsRaceOnBothInstances() throws SQLException {
        Api leader = Clans.reader(blue1, "full");
        long clan = Clans.create(leader, Clans.uniqueName());
        fillUpTo(clan, 49);
        Api first = Clans.reader(blue1, "r1");
        Api second = Clans.reader(blue2, "r2");
        long requestOne = Clans.request(first, clan);
        long requestTwo = Clans.request(second, clan);
        Api leaderOnBlue2 = leader.atSameTokenOn(blue2);

        List<Integer> statuses = together(() -> Clans.accept(leader, clan, requestOne),
                () -> Clans.accept(leaderOnBlue2, clan, requestTwo));

        assertTrue(statuses.containsAll(List.of(204, 409)), "one takes the 50th place: " + statuses);
        assertEquals(50, Clans.clan(leader, clan).getInt("member_count"));
        Api.Reply full = Clans.reader(blue2, "late").post("/api/v1/clans/" + clan + "/join-requests", null);
        assertEquals(409, full.status());
        assertTrue(full.json().getString("detail").contains("full"), full.body());
    }

    /** Members who never log in, written straight into the table so the test need not register 48 readers. */
    private static void fillUpTo(long clan, int members) throws SQLException {
        try (Connection db = TestEnvironment.database();
             PreparedStatement add = db.prepareStatement("INSERT INTO engine.clan_member (reader_id, clan_id, display_name) "
                     + "SELECT -(? * 100 + g), ?, 'Pengisi ' || g FROM generate_series(1, ?) g")) {
            add.setLong(1, clan);
            add.setLong(2, clan);
            add.setInt(3, members - 1);
            add.executeUpdate();
        }
    }
}
