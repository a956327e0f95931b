package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.league.application.SeasonResultView;
import id.yomu.engine.league.application.SeasonView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code seasons.xhtml?number=N}: past seasons, newest first, and one season's results with promotions and relegations. */
@Named
@RequestScoped
public class SeasonsPage {

    private static final int PAGE_SIZE = 20;
    private static final int RESULTS_PAGE_SIZE = 50;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    @Inject
    LeagueService league;

    @Inject
    DisplayZone zone;

    private Page<SeasonView> seasons;
    private Integer number;
    private Page<SeasonResultView> results = new Page<>(List.of(), 0, 1, RESULTS_PAGE_SIZE);

    static String format(Instant instant, DisplayZone zone) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone.zone()));
    }

    @PostConstruct
    void load() {
        Long page = FacesPages.number("page");
        seasons = league.pastSeasons(new PageRequest(page == null || page < 1 || page > 100_000 ? 1 : page.intValue(), PAGE_SIZE));
        Long chosen = FacesPages.number("number");
        if (chosen == null && !seasons.items().isEmpty()) {
            chosen = (long) seasons.items().get(0).number();
        }
        if (chosen != null && chosen > 0 && chosen < Integer.MAX_VALUE) {
            try {
                Long resultsPage = FacesPages.number("results_page");
                results = league.results(chosen.intValue(), new PageRequest(
                        resultsPage == null || resultsPage < 1 || resultsPage > 100_000 ? 1 : resultsPage.intValue(), RESULTS_PAGE_SIZE));
                number = chosen.intValue();
            } catch (NotFoundException e) {
                number = null;
            }
        }
    }

    public String when(Instant instant) {
        return format(instant, zone);
    }

    public List<SeasonView> getSeasons() {
        return seasons.items();
    }

    public Pager getPager() {
        return Pager.of(seasons);
    }

    public Integer getNumber() {
        return number;
    }

    public List<SeasonResultView> getResults() {
        return results.items();
    }

    public Pager getResultsPager() {
        return Pager.of(results);
    }
}
