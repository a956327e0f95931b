package id.yomu.web.interfaces.rest.league;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.league.application.SeasonResultView;
import id.yomu.engine.league.application.SeasonView;
import id.yomu.engine.league.application.TierTable;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("league")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "League")
public class LeagueResource {

    @Inject
    LeagueService league;

    @Inject
    CurrentAccount current;

    @GET
    @Path("season")
    @Operation(summary = "The running season: number, start, scheduled end and seconds left")
    public SeasonView season() {
        return league.currentSeason();
    }

    @GET
    @Path("tiers/{tier}")
    @Operation(summary = "A tier's clans ranked by running score, 50 a page; the caller's own clan is marked and repeated in my_clan")
    @APIResponse(responseCode = "400", description = "Unknown tier or bad page, named in errors")
    public TierTable tier(@PathParam("tier") String tier, @QueryParam("page") String page) {
        return league.tierTable(tier, PageRequest.of(page, null).page(),
                current.get().map(AuthenticatedAccount::id).orElse(null));
    }

    @GET
    @Path("seasons")
    @Operation(summary = "Past seasons, newest first")
    @APIResponse(responseCode = "400", description = "Bad page or size, named in errors")
    public Page<SeasonView> pastSeasons(@QueryParam("page") String page, @QueryParam("size") String size) {
        return league.pastSeasons(PageRequest.of(page, size));
    }

    @GET
    @Path("seasons/{number}/results")
    @Operation(summary = "How every clan finished a season: rank, score, tier before and after; highest tier first, paged")
    @APIResponse(responseCode = "400", description = "number, page or size is not valid, named in errors")
    @APIResponse(responseCode = "404", description = "No such season")
    public Page<SeasonResultView> results(@PathParam("number") String number, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        return league.results(seasonNumber(number), PageRequest.of(page, size));
    }

    static int seasonNumber(String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(new FieldError("number", "invalid", "must be a whole number"));
        }
    }
}
