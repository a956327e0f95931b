package id.yomu.web.interfaces.rest.forum;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.forum.application.CommentView;
import id.yomu.core.forum.application.ForumService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{articleId}/comments")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Forum")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "404", description = "No such article, or it is not published")
public class ArticleCommentsResource {

    @Inject
    ForumService forum;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "An article's thread: roots newest first, 20 a page, each with all its replies nested "
            + "oldest first; deleted comments with replies show as \"[komentar dihapus]\"")
    @APIResponse(responseCode = "200", description = "items and total (the number of roots)")
    @APIResponse(responseCode = "400", description = "Bad page or size, named in errors")
    public Page<CommentView> thread(@PathParam("articleId") long articleId,
                                    @Parameter(description = "From 1") @QueryParam("page") String page,
                                    @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
        return forum.thread(articleId, Callers.viewer(current.require()), PageRequest.of(page, size));
    }

    @POST
    @Operation(summary = "Post a comment (1 to 5000 characters of plain text), or a reply with parent_id")
    @APIResponse(responseCode = "201", description = "Posted; the body is the new comment")
    @APIResponse(responseCode = "400", description = "Bad body, or parent_id is not a comment of this article")
    public Response post(@PathParam("articleId") long articleId, CommentRequest body) {
        CommentRequest request = required(body);
        CommentView posted = forum.post(articleId, Callers.viewer(current.require()), request.body(), request.parentId());
        return Response.created(UriBuilder.fromPath("/api/v1/comments/{id}").build(posted.id()))
                .entity(posted).build();
    }
}
