package id.yomu.web.interfaces.rest.league;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.engine.league.application.SeasonAdministration;
import id.yomu.engine.league.application.SeasonView;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/seasons")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Season administration")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminSeasonsResource {

    @Inject
    SeasonAdministration seasons;

    @Inject
    LeagueService league;

    @Inject
    CurrentAccount current;

    @GET
    @Path("current")
    @Operation(summary = "The running season and the length of the next ones")
    public SeasonSettings settings() {
        current.requireAdmin();
        return new SeasonSettings(league.currentSeason(), seasons.seasonDays());
    }

    @PUT
    @Path("current")
    @Operation(summary = "Move the running season's end (ends_at, ISO-8601) and/or set the next seasons' length (season_days, 1-365)")
    @APIResponse(responseCode = "200", description = "The running season and the length of the next ones")
    @APIResponse(responseCode = "400", description = "Bad ends_at or season_days, named in errors")
    public SeasonSettings schedule(ScheduleRequest body) {
        current.requireAdmin();
        Instant endsAt;
        try {
            endsAt = instant(required(body).endsAt());
        } catch (InvalidInputException badEnd) {
            // Name a bad season_days too, so a client fixes both at once.
            throw new InvalidInputException(Stream.concat(badEnd.errors().stream(), badDays(body.seasonDays())).toList());
        }
        seasons.schedule(endsAt, body.seasonDays());
        return settings();
    }

    @POST
    @Path("{number}/end")
    @Operation(summary = "End season {number} now: rank every tier, promote and relegate, store results, start the next season. "
            + "Exactly once, however many ask at the same time")
    @APIResponse(responseCode = "200", description = "The new running season")
    @APIResponse(responseCode = "409", description = "That season is not the running one (already ended)")
    public SeasonView end(@PathParam("number") String number) {
        current.requireAdmin();
        return seasons.end(LeagueResource.seasonNumber(number));
    }

    private static Stream<FieldError> badDays(Integer days) {
        return days != null && (days < 1 || days > 365)
                ? Stream.of(new FieldError("season_days", "out_of_range", "must be a whole number from 1 to 365"))
                : Stream.empty();
    }

    private static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(new FieldError("ends_at", "invalid", "must be an ISO-8601 date and time with offset"));
        }
    }
}
