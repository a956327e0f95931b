package id.yomu.web.interfaces.rest.engine;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("readers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Readers")
public class ReadersResource {

    @Inject
    PublicProfiles profiles;

    @GET
    @Path("{id}/profile")
    @Operation(summary = "A reader's public profile: name, joined date, level, XP, totals, streak, pinned achievements")
    @APIResponse(responseCode = "200", description = "clan is null until the clan side fills it in")
    @APIResponse(responseCode = "404", description = "No such reader")
    public PublicProfiles.PublicProfile profile(@PathParam("id") long id) {
        return profiles.of(id);
    }
}
