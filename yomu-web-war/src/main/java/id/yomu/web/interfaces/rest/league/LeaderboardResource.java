package id.yomu.web.interfaces.rest.league;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.league.application.ReaderRank;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.league.application.ReaderBoard;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("leaderboards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "League")
public class LeaderboardResource {

    @Inject
    LeagueService league;

    @Inject
    CurrentAccount current;

    @Inject
    ReaderNames names;

    @GET
    @Path("readers")
    @Operation(summary = "Readers by XP with their display names (equal XP shares a rank); the caller's own row in me")
    @APIResponse(responseCode = "400", description = "Bad page or size, named in errors")
    public ReaderLeaderboard readers(@QueryParam("page") String page, @QueryParam("size") String size) {
        ReaderBoard board = league.readers(PageRequest.of(page, size), current.get().map(AuthenticatedAccount::id).orElse(null));
        Page<ReaderRank> ranks = board.readers();
        return new ReaderLeaderboard(new Page<>(ranks.items().stream().map(names::row).toList(), ranks.total(), ranks.page(),
                ranks.size()), names.row(board.me()));
    }
}
