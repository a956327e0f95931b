package id.yomu.web.interfaces.rest.forum;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.forum.application.CommentCounts;
import id.yomu.core.forum.application.CommentView;
import id.yomu.core.forum.application.ForumService;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("comments/{commentId}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Forum")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "404", description = "No such comment, it is deleted, or its article is not visible")
public class CommentResource {

    @Inject
    ForumService forum;

    @Inject
    CurrentAccount current;

    @PATCH
    @Operation(summary = "Edit one's own comment; it is marked edited")
    @APIResponse(responseCode = "200", description = "The edited comment")
    @APIResponse(responseCode = "400", description = "Bad body")
    @APIResponse(responseCode = "403", description = "Not the author")
    public CommentView edit(@PathParam("commentId") long commentId, EditRequest body) {
        return forum.edit(commentId, Callers.viewer(current.require()), required(body).body());
    }

    @DELETE
    @Operation(summary = "Delete one's own comment, or any as an admin; its open reports are resolved")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Neither the author nor an admin")
    public Response delete(@PathParam("commentId") long commentId) {
        forum.delete(commentId, Callers.viewer(current.require()));
        return Response.noContent().build();
    }

    @PUT
    @Path("vote")
    @Operation(summary = "Vote UPVOTE or DOWNVOTE as a toggle: the same vote again removes it, the other replaces it")
    @APIResponse(responseCode = "200", description = "The comment's counts after the vote")
    @APIResponse(responseCode = "400", description = "value is not UPVOTE or DOWNVOTE")
    public CommentCounts vote(@PathParam("commentId") long commentId, VoteRequest body) {
        return forum.vote(commentId, Callers.viewer(current.require()), required(body).value());
    }

    @POST
    @Path("reactions")
    @Operation(summary = "Toggle one's emoji reaction (one of 👍 ❤️ 😂 😮 😢)")
    @APIResponse(responseCode = "200", description = "The comment's counts after the toggle")
    @APIResponse(responseCode = "400", description = "emoji is not one of the set")
    public CommentCounts react(@PathParam("commentId") long commentId, ReactionRequest body) {
        return forum.react(commentId, Callers.viewer(current.require()), required(body).emoji());
    }

    @POST
    @Path("reports")
    @Operation(summary = "Report a comment to the moderators with a reason (1 to 500 characters)")
    @APIResponse(responseCode = "201", description = "Reported; the body holds the report's id")
    @APIResponse(responseCode = "400", description = "Bad reason")
    @APIResponse(responseCode = "409", description = "The caller's earlier report of this comment is still open")
    public Response report(@PathParam("commentId") long commentId, ReportRequest body) {
        long id = forum.report(commentId, Callers.viewer(current.require()), required(body).reason());
        return Response.status(Response.Status.CREATED).entity(new ReportCreated(id)).build();
    }
}
