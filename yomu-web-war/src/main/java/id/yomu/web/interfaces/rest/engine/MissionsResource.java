package id.yomu.web.interfaces.rest.engine;

import id.yomu.engine.missions.application.MissionService;
import id.yomu.engine.missions.application.ReaderMission;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

@Path("me/missions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Missions")
@APIResponse(responseCode = "401", description = "Not logged in")
public class MissionsResource {

    @Inject
    MissionService missions;

    @Inject
    CurrentAccount current;

    @GET
    @Path("today")
    @Operation(summary = "Today's three missions (in the game's time zone) with one's progress, capped at each target")
    @APIResponse(responseCode = "200", description = "OK")
    public List<ReaderMission> today() {
        return missions.todayOf(current.require().id());
    }

    @POST
    @Path("{templateId}/claim")
    @Operation(summary = "Claim a completed mission of today: its reward goes to one's XP, once")
    @APIResponse(responseCode = "200", description = "The mission, claimed")
    @APIResponse(responseCode = "404", description = "Not one of today's missions")
    @APIResponse(responseCode = "409", description = "Not completed yet, or already claimed; nothing changed")
    public ReaderMission claim(@PathParam("templateId") long templateId) {
        return missions.claim(current.require().id(), templateId);
    }
}
