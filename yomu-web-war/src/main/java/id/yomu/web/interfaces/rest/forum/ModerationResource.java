package id.yomu.web.interfaces.rest.forum;

import id.yomu.core.forum.application.ModerationService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.core.forum.application.ReportView;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Forum moderation")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class ModerationResource {

    @Inject
    ModerationService moderation;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "The moderation queue: open reports oldest first, each with its comment and reporter")
    @APIResponse(responseCode = "200", description = "items and total")
    @APIResponse(responseCode = "400", description = "Bad page or size, named in errors")
    public Page<ReportView> openReports(@QueryParam("page") String page, @QueryParam("size") String size) {
        current.requireAdmin();
        return moderation.openReports(PageRequest.of(page, size));
    }

    @POST
    @Path("{reportId}/dismiss")
    @Operation(summary = "Dismiss a report; the comment stays")
    @APIResponse(responseCode = "204", description = "Dismissed")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is already resolved")
    public Response dismiss(@PathParam("reportId") long reportId) {
        current.requireAdmin();
        moderation.dismiss(reportId);
        return Response.noContent().build();
    }

    @POST
    @Path("{reportId}/delete-comment")
    @Operation(summary = "Delete the reported comment, which resolves all its open reports")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is already resolved")
    public Response deleteComment(@PathParam("reportId") long reportId) {
        current.requireAdmin();
        moderation.deleteComment(reportId);
        return Response.noContent().build();
    }
}
