package id.yomu.web.interfaces.faces;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.league.application.ReaderBoard;
import id.yomu.web.interfaces.rest.league.ReaderNames;
import id.yomu.web.interfaces.rest.league.ReaderRow;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code leaderboard.xhtml?page=N}: readers by XP, 50 a page, with one's own rank. */
@Named
@RequestScoped
public class LeaderboardPage {

    private static final int PAGE_SIZE = 50;

    @Inject
    LeagueService league;

    @Inject
    ReaderNames names;

    @Inject
    CurrentAccount current;

    private ReaderBoard board;
    private List<ReaderRow> rows;

    @PostConstruct
    void load() {
        Long page = FacesPages.number("page");
        board = league.readers(new PageRequest(page == null || page < 1 || page > 100_000 ? 1 : page.intValue(), PAGE_SIZE),
                current.get().map(AuthenticatedAccount::id).orElse(null));
        rows = board.readers().items().stream().map(names::row).toList();
    }

    public List<ReaderRow> getRows() {
        return rows;
    }

    public ReaderRow getMe() {
        return names.row(board.me());
    }

    public Pager getPager() {
        return Pager.of(board.readers());
    }
}
