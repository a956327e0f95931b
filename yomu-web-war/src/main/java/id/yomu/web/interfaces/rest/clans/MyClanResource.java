package id.yomu.web.interfaces.rest.clans;

import id.yomu.core.shared.NotFoundException;
import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.clans.application.ClanView;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me/clan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Clans")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "404", description = "The caller is in no clan")
public class MyClanResource {

    @Inject
    ClanService clans;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "The caller's clan")
    public ClanView myClan() {
        long me = current.require().id();
        return clans.clan(clans.clanOf(me).orElseThrow(() -> new NotFoundException("Clan membership")));
    }

    @DELETE
    @Operation(summary = "Leave one's clan: a leader hands leadership to the longest-standing member; the last member deletes it")
    @APIResponse(responseCode = "204", description = "Left")
    public Response leave() {
        clans.leave(current.require().id());
        return Response.noContent().build();
    }
}
