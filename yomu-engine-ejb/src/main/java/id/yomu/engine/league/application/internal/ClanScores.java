package id.yomu.engine.league.application.internal;

import id.yomu.engine.league.domain.LeagueTable;
import id.yomu.engine.league.domain.SeasonScore;
import id.yomu.engine.league.domain.Standing;
import id.yomu.engine.league.domain.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every clan of a tier with its season totals, scored by the tier's formula and ranked. */
@ApplicationScoped
public class ClanScores {

    private static final String TOTALS = "SELECT c.id, c.name, "
            + "(SELECT count(*) FROM engine.clan_member m WHERE m.clan_id = c.id), "
            + "COALESCE(t.points, 0), COALESCE(t.contributors, 0), "
            + "CASE WHEN t.quiz_results > 0 THEN t.accuracy_sum::numeric / t.quiz_results END "
            + "FROM engine.clan c LEFT JOIN (SELECT clan_id, sum(points) AS points, sum(contributors) AS contributors, "
            + "sum(quiz_results) AS quiz_results, sum(accuracy_sum) AS accuracy_sum FROM engine.clan_season_total "
            + "WHERE season_number = ?1 GROUP BY clan_id) t ON t.clan_id = c.id WHERE c.tier = ?2";

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    /** A clan's totals this season and its score. */
    record Scored(long clanId, String name, int members, BigDecimal sum, BigDecimal score) {
    }

    /** A ranked tier: each clan's standing (rank, tier after the season) with its totals, best first. */
    record Ranked(Standing standing, Scored clan) {
    }

    List<Ranked> rank(Tier tier, int season) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TOTALS).setParameter(1, season).setParameter(2, tier.name())
                .getResultList();
        Map<Long, Scored> clans = rows.stream().map(row -> scored(tier, row))
                .collect(Collectors.toMap(Scored::clanId, Function.identity()));
        List<LeagueTable.Entry> entries = clans.values().stream()
                .map(clan -> new LeagueTable.Entry(clan.clanId(), clan.score())).toList();
        return LeagueTable.close(tier, entries).stream()
                .map(standing -> new Ranked(standing, clans.get(standing.clanId()))).toList();
    }

    private static Scored scored(Tier tier, Object[] row) {
        int members = ((Number) row[2]).intValue();
        BigDecimal sum = decimal(row[3]);
        BigDecimal accuracy = row[5] == null ? null : decimal(row[5]);
        SeasonScore season = new SeasonScore(sum, ((Number) row[4]).intValue(), members, accuracy);
        return new Scored(((Number) row[0]).longValue(), (String) row[1], members, sum, season.forTier(tier));
    }

    static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
