package id.yomu.engine.league.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LeagueTableTest {

    private static List<LeagueTable.Entry> clans(long... scores) {
        return LongStream.range(0, scores.length)
                .mapToObj(i -> new LeagueTable.Entry(i + 1, BigDecimal.valueOf(scores[(int) i])))
                .toList();
    }

    private static long count(List<Standing> standings, java.util.function.Predicate<Standing> which) {
        return standings.stream().filter(which).count();
    }

    @Test
    void anEmptyTierHasNoStandings() {
        assertTrue(LeagueTable.close(Tier.SILVER, List.of()).isEmpty());
    }

    @Test
    void aLonelyClanNeitherRisesNorFalls() {
        Standing only = LeagueTable.close(Tier.SILVER, clans(50)).get(0);
        assertEquals(1, only.rank());
        assertEquals(Tier.SILVER, only.tierAfter());
    }

    @Test
    void twoClansInAMiddleTierOneRisesAndOneFalls() {
        List<Standing> standings = LeagueTable.close(Tier.SILVER, clans(10, 30));
        assertEquals(2L, standings.get(0).clanId());
        assertEquals(Tier.GOLD, standings.get(0).tierAfter());
        assertEquals(Tier.BRONZE, standings.get(1).tierAfter());
    }

    @Test
    void threeClansMoveOneUpOneDownAndKeepTheMiddle() {
        List<Standing> standings = LeagueTable.close(Tier.GOLD, clans(5, 7, 6));
        assertEquals(List.of(2L, 3L, 1L), standings.stream().map(Standing::clanId).toList());
        assertEquals(List.of(Tier.DIAMOND, Tier.GOLD, Tier.SILVER), standings.stream().map(Standing::tierAfter).toList());
    }

    @Test
    void elevenClansMoveCeilingOfTwentyPercentEachWay() {
        List<Standing> standings = LeagueTable.close(Tier.SILVER, clans(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        assertEquals(3, count(standings, Standing::promoted));
        assertEquals(3, count(standings, Standing::relegated));
        assertEquals(List.of(11L, 10L, 9L), standings.subList(0, 3).stream().map(Standing::clanId).toList());
        assertTrue(standings.subList(0, 3).stream().allMatch(Standing::promoted));
        assertTrue(standings.subList(8, 11).stream().allMatch(Standing::relegated));
    }

    @Test
    void diamondCannotRiseAndBronzeCannotFall() {
        List<Standing> diamond = LeagueTable.close(Tier.DIAMOND, clans(1, 2, 3));
        assertEquals(0, count(diamond, Standing::promoted));
        assertEquals(1, count(diamond, Standing::relegated));
        List<Standing> bronze = LeagueTable.close(Tier.BRONZE, clans(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        assertEquals(3, count(bronze, Standing::promoted));
        assertEquals(0, count(bronze, Standing::relegated));
    }

    @Test
    void twoClansInBronzeOnlyTheBetterRises() {
        List<Standing> standings = LeagueTable.close(Tier.BRONZE, clans(3, 9));
        assertEquals(Tier.SILVER, standings.get(0).tierAfter());
        assertEquals(Tier.BRONZE, standings.get(1).tierAfter());
    }

    @Test
    void tiesShareARankAndTheOlderClanIsPlacedFirst() {
        List<Standing> standings = LeagueTable.close(Tier.SILVER, clans(20, 20, 10, 10, 5));
        assertEquals(List.of(1, 1, 3, 3, 5), standings.stream().map(Standing::rank).toList());
        assertEquals(1L, standings.get(0).clanId());
        assertTrue(standings.get(0).promoted());
        assertEquals(Tier.SILVER, standings.get(1).tierAfter(), "only ceil(20 %) = 1 rises even when tied");
        assertTrue(standings.get(4).relegated());
    }
}
