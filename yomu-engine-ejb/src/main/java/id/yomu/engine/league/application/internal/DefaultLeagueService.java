package id.yomu.engine.league.application.internal;

import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.league.application.ClanSeasonView;
import id.yomu.engine.league.application.LeagueRow;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.league.application.ReaderBoard;
import id.yomu.engine.league.application.ReaderRank;
import id.yomu.engine.league.application.SeasonResultView;
import id.yomu.engine.league.application.SeasonView;
import id.yomu.engine.league.application.TierTable;
import id.yomu.engine.league.domain.Tier;
import id.yomu.engine.points.application.ReaderProgress;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultLeagueService implements LeagueService {

    private static final String READER_RANKS = "SELECT rank() OVER (ORDER BY xp DESC)::int AS rank, reader_id, xp "
            + "FROM engine.reader_progress WHERE xp > 0";

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    Seasons seasons;

    @Inject
    ClanScores scores;

    @Inject
    ClanMultipliers multipliers;

    @EJB
    ClanService clans;

    @Override
    public SeasonView currentSeason() {
        return seasons.running();
    }

    @Override
    public ClanSeasonView clanSeason(long clanId) {
        Tier tier = Tier.valueOf(clans.clan(clanId).tier());
        int season = seasons.running().number();
        ClanScores.Ranked ranked = scores.rank(tier, season).stream()
                .filter(entry -> entry.clan().clanId() == clanId).findFirst()
                .orElseThrow(() -> new NotFoundException("Clan"));
        return new ClanSeasonView(clanId, season, tier.name(), ranked.standing().score(), ranked.standing().rank(),
                ranked.clan().sum(), multipliers.combined(clanId), multipliers.active(clanId));
    }

    @Override
    public TierTable tierTable(String tierName, int page, Long viewerId) {
        Tier tier = Tier.parse("tier", tierName);
        int season = seasons.running().number();
        Optional<Long> mine = viewerId == null ? Optional.empty() : clans.clanOf(viewerId);
        List<LeagueRow> rows = scores.rank(tier, season).stream()
                .map(entry -> new LeagueRow(entry.standing().rank(), entry.clan().clanId(), entry.clan().name(),
                        entry.clan().members(), entry.standing().score(), mine.map(id -> id == entry.clan().clanId()).orElse(false)))
                .toList();
        int from = Math.min(rows.size(), (page - 1) * TABLE_PAGE_SIZE);
        int to = Math.min(rows.size(), from + TABLE_PAGE_SIZE);
        Page<LeagueRow> items = new Page<>(rows.subList(from, to), rows.size(), page, TABLE_PAGE_SIZE);
        return new TierTable(tier.name(), season, items, rows.stream().filter(LeagueRow::mine).findFirst().orElse(null));
    }

    @Override
    public ReaderBoard readers(PageRequest page, Long viewerId) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM engine.reader_progress WHERE xp > 0")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(READER_RANKS + " ORDER BY xp DESC, reader_id OFFSET ?1 LIMIT ?2")
                .setParameter(1, page.offset()).setParameter(2, page.size()).getResultList();
        List<ReaderRank> items = rows.stream().map(row -> rank(row, viewerId)).toList();
        ReaderRank me = null;
        if (viewerId != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> own = em.createNativeQuery("SELECT * FROM (" + READER_RANKS + ") r WHERE r.reader_id = ?1")
                    .setParameter(1, viewerId).getResultList();
            me = own.isEmpty() ? null : rank(own.get(0), viewerId);
        }
        return new ReaderBoard(new Page<>(items, total, page.page(), page.size()), me);
    }

    private static ReaderRank rank(Object[] row, Long viewerId) {
        long readerId = ((Number) row[1]).longValue();
        long xp = ((Number) row[2]).longValue();
        return new ReaderRank(((Number) row[0]).intValue(), readerId, xp, ReaderProgress.levelFor(xp),
                viewerId != null && viewerId == readerId);
    }

    @Override
    public Page<SeasonView> pastSeasons(PageRequest page) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM engine.season WHERE ended_at IS NOT NULL")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + Seasons.COLUMNS + " FROM engine.season "
                        + "WHERE ended_at IS NOT NULL ORDER BY number DESC OFFSET ?1 LIMIT ?2")
                .setParameter(1, page.offset()).setParameter(2, page.size()).getResultList();
        return new Page<>(rows.stream().map(Seasons::view).toList(), total, page.page(), page.size());
    }

    @Override
    public Page<SeasonResultView> results(int seasonNumber, PageRequest page) {
        if (em.createNativeQuery("SELECT 1 FROM engine.season WHERE number = ?1").setParameter(1, seasonNumber)
                .getResultList().isEmpty()) {
            throw new NotFoundException("Season");
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM engine.season_result WHERE season_number = ?1")
                .setParameter(1, seasonNumber).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT season_number, clan_id, clan_name, tier_before, tier_after, rank, "
                        + "score, members FROM engine.season_result WHERE season_number = ?1 ORDER BY "
                        + "array_position(ARRAY['DIAMOND','GOLD','SILVER','BRONZE']::varchar[], tier_before), rank, clan_id "
                        + "OFFSET ?2 LIMIT ?3")
                .setParameter(1, seasonNumber).setParameter(2, page.offset()).setParameter(3, page.size()).getResultList();
        List<SeasonResultView> items = rows.stream()
                .map(r -> new SeasonResultView(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (String) r[2],
                        (String) r[3], (String) r[4], ((Number) r[5]).intValue(), ClanScores.decimal(r[6]),
                        ((Number) r[7]).intValue()))
                .toList();
        return new Page<>(items, total, page.page(), page.size());
    }
}
