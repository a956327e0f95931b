package id.yomu.web.interfaces.faces;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.Page;
import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.league.application.LeagueRow;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.league.application.SeasonView;
import id.yomu.engine.league.application.TierTable;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code league.xhtml?tier=GOLD&page=N}: a tier's table (the viewer's clan's tier unless another is asked
 * for; 50 a page, one's own clan highlighted) and the season countdown.
 */
@Named
@RequestScoped
public class LeaguePage {

    @Inject
    LeagueService league;

    @Inject
    CurrentAccount current;

    @Inject
    DisplayZone zone;

    @Inject
    ClanService clans;

    private String tier = LeagueService.TIERS.get(0);
    private TierTable table;
    private SeasonView season;

    @PostConstruct
    void load() {
        Long number = FacesPages.number("page");
        int page = number == null || number < 1 || number > 100_000 ? 1 : number.intValue();
        Long viewer = current.get().map(AuthenticatedAccount::id).orElse(null);
        season = league.currentSeason();
        String asked = FacesPages.parameter("tier");
        if ((asked == null || asked.isBlank()) && viewer != null) {
            // Without a choice, a reader sees the tier their own clan plays in.
            asked = clans.clanOf(viewer).map(id -> clans.clan(id).tier()).orElse(null);
        }
        try {
            table = league.tierTable(asked == null || asked.isBlank() ? tier : asked, page, viewer);
        } catch (InvalidInputException e) {
            table = league.tierTable(tier, page, viewer);
        }
        tier = table.tier();
    }

    public List<String> getTiers() {
        return LeagueService.TIERS;
    }

    public String getTier() {
        return tier;
    }

    public List<LeagueRow> getRows() {
        return table.clans().items();
    }

    public LeagueRow getMyClan() {
        return table.myClan();
    }

    /** The own clan's row is shown apart when it is not on this page. */
    public boolean isMyClanElsewhere() {
        return table.myClan() != null && table.clans().items().stream().noneMatch(LeagueRow::mine);
    }

    public Pager getPager() {
        Page<LeagueRow> rows = table.clans();
        return Pager.of(rows);
    }

    public SeasonView getSeason() {
        return season;
    }

    public Countdown getCountdown() {
        return Countdown.of(season.secondsLeft());
    }

    public String getEndsAt() {
        return SeasonsPage.format(season.endsAt(), zone);
    }
}
