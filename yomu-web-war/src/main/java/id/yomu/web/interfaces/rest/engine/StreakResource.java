package id.yomu.web.interfaces.rest.engine;

import id.yomu.engine.streak.application.ReaderStreak;
import id.yomu.engine.streak.application.StreakService;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me/streak")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Progress")
public class StreakResource {

    @Inject
    StreakService streaks;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "One's streak: consecutive days with an article read or a quiz completed (current and best)")
    @APIResponse(responseCode = "200", description = "current_days is 0 once a day was missed")
    @APIResponse(responseCode = "401", description = "Not logged in")
    public ReaderStreak streak() {
        return streaks.streak(current.require().id());
    }
}
