package id.yomu.engine.league.application;

import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import jakarta.ejb.Local;
import java.util.List;

/** Reading the league: the running season, tables, a clan's standing, leaderboards and past seasons. */
@Local
public interface LeagueService {

    int TABLE_PAGE_SIZE = 50;

    /** The tiers, lowest first. */
    List<String> TIERS = List.of("BRONZE", "SILVER", "GOLD", "DIAMOND");

    SeasonView currentSeason();

    ClanSeasonView clanSeason(long clanId);

    /**
     * A tier's clans ranked by their running score; viewerId's clan is marked and returned apart. An
     * unknown tier is an InvalidInputException naming "tier".
     */
    TierTable tierTable(String tier, int page, Long viewerId);

    ReaderBoard readers(PageRequest page, Long viewerId);

    /** Ended seasons, newest first. */
    Page<SeasonView> pastSeasons(PageRequest page);

    /** A past (or just ended) season\'s results, tier by tier from DIAMOND down, by rank; a page at a time. */

    Page<SeasonResultView> results(int seasonNumber, PageRequest page);
}
