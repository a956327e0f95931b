package id.yomu.web.interfaces.rest.engine;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.engine.missions.application.DailyMissions;
import id.yomu.engine.missions.application.MissionDraft;
import id.yomu.engine.missions.application.MissionService;
import id.yomu.engine.missions.application.MissionTemplate;
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

/** Admin CRUD of mission templates, and today's missions. */
@Path("admin")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminMissionsResource {

    @Inject
    MissionService missions;

    @Inject
    CurrentAccount current;

    /** Body of PUT /admin/missions/today. */
    public record TodayRequest(List<Long> templateIds) {
    }

    @GET
    @Path("mission-templates")
    @Operation(summary = "Every mission template, active or not")
    @APIResponse(responseCode = "200", description = "OK")
    public List<MissionTemplate> templates() {
        current.requireAdmin();
        return missions.templates();
    }

    @POST
    @Path("mission-templates")
    @Operation(summary = "Create a mission template (threshold only for QUIZ_ACCURACY)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Bad fields, named in errors")
    public Response create(MissionDraft body) {
        current.requireAdmin();
        return Response.status(Response.Status.CREATED).entity(missions.create(required(body))).build();
    }

    @PUT
    @Path("mission-templates/{id}")
    @Operation(summary = "Replace a mission template")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Bad fields, named in errors")
    @APIResponse(responseCode = "404", description = "No such template")
    public MissionTemplate update(@PathParam("id") long id, MissionDraft body) {
        current.requireAdmin();
        return missions.update(id, required(body));
    }

    @DELETE
    @Path("mission-templates/{id}")
    @Operation(summary = "Delete a mission template that was never a day's mission")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such template")
    @APIResponse(responseCode = "409", description = "It was a day's mission: deactivate it instead")
    public Response delete(@PathParam("id") long id) {
        current.requireAdmin();
        missions.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("missions/today")
    @Operation(summary = "Today's missions and who picked them (picked now if nobody has yet)")
    @APIResponse(responseCode = "200", description = "OK")
    public DailyMissions today() {
        current.requireAdmin();
        return missions.today();
    }

    @PUT
    @Path("missions/today")
    @Operation(summary = "Replace today's missions with exactly three different active templates")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Not three different active templates (template_ids)")
    public DailyMissions chooseToday(TodayRequest body) {
        current.requireAdmin();
        return missions.chooseToday(required(body).templateIds());
    }
}
