package id.yomu.web.interfaces.rest.engine;

import id.yomu.engine.points.application.ProgressService;
import id.yomu.engine.points.application.ReaderProgress;
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

@Path("me/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Progress")
public class ProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "One's XP, level and totals, as the engine has counted them so far")
    @APIResponse(responseCode = "401", description = "Not logged in")
    public ReaderProgress progress() {
        return progress.progress(current.require().id());
    }
}
