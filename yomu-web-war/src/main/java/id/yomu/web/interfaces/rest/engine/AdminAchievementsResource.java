package id.yomu.web.interfaces.rest.engine;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.engine.achievements.application.AchievementDraft;
import id.yomu.engine.achievements.application.AchievementService;
import id.yomu.engine.achievements.application.AchievementTemplate;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin CRUD of achievement templates. */
@Path("admin/achievement-templates")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminAchievementsResource {

    @Inject
    AchievementService achievements;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "Every achievement template, active or not")
    @APIResponse(responseCode = "200", description = "OK")
    public List<AchievementTemplate> templates() {
        current.requireAdmin();
        return achievements.templates();
    }

    @POST
    @Operation(summary = "Create an achievement template (threshold only for ACCURACY_AT_LEAST; CLAN_RANK's target is a rank)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Bad fields, named in errors")
    public Response create(AchievementDraft body) {
        current.requireAdmin();
        return Response.status(Response.Status.CREATED).entity(achievements.create(required(body))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an achievement template")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Bad fields, named in errors")
    @APIResponse(responseCode = "404", description = "No such template")
    public AchievementTemplate update(@PathParam("id") long id, AchievementDraft body) {
        current.requireAdmin();
        return achievements.update(id, required(body));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an achievement template and its unlocks (rewards paid stay in the ledger)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such template")
    public Response delete(@PathParam("id") long id) {
        current.requireAdmin();
        achievements.delete(id);
        return Response.noContent().build();
    }
}
