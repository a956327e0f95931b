package id.yomu.web.interfaces.rest.engine;

import id.yomu.engine.achievements.application.AchievementService;
import id.yomu.engine.achievements.application.ReaderAchievement;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me/achievements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Achievements")
@APIResponse(responseCode = "401", description = "Not logged in")
public class AchievementsResource {

    @Inject
    AchievementService achievements;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "Every active achievement with one's progress (progress of goal), unlock time and pin")
    @APIResponse(responseCode = "200", description = "OK")
    public List<ReaderAchievement> mine() {
        return achievements.ofReader(current.require().id());
    }

    @POST
    @Path("{id}/pin")
    @Operation(summary = "Pin an unlocked achievement on one's public profile (at most 3)")
    @APIResponse(responseCode = "200", description = "The achievements after the pin")
    @APIResponse(responseCode = "404", description = "No such achievement")
    @APIResponse(responseCode = "409", description = "Still locked, or 3 are pinned already; nothing changed")
    public List<ReaderAchievement> pin(@PathParam("id") long id) {
        long reader = current.require().id();
        achievements.pin(reader, id);
        return achievements.ofReader(reader);
    }

    @DELETE
    @Path("{id}/pin")
    @Operation(summary = "Unpin an achievement")
    @APIResponse(responseCode = "200", description = "The achievements after the unpin")
    @APIResponse(responseCode = "404", description = "No such achievement")
    public List<ReaderAchievement> unpin(@PathParam("id") long id) {
        long reader = current.require().id();
        achievements.unpin(reader, id);
        return achievements.ofReader(reader);
    }
}
