package id.yomu.web.interfaces.rest.reading;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.reading.application.ArticleDraft;
import id.yomu.core.reading.application.ArticleQuery;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.reading.application.CategoryView;
import id.yomu.core.reading.application.ContentAdministration;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.web.interfaces.rest.QueryParams;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin CRUD of categories and articles, hidden ones included. */
@Path("admin")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminContentResource {

    @Inject
    ContentAdministration content;

    @Inject
    ReadingService reading;

    @Inject
    CurrentAccount current;

    /** Body of category writes. */
    public record CategoryRequest(String name) {
    }

    @POST
    @Path("categories")
    @Operation(summary = "Create a category (unique name, any case)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "Name taken")
    public Response createCategory(CategoryRequest body) {
        current.requireAdmin();
        return Response.status(Response.Status.CREATED).entity(content.createCategory(required(body).name())).build();
    }

    @PUT
    @Path("categories/{id}")
    @Operation(summary = "Rename a category")
    public CategoryView renameCategory(@PathParam("id") long id, CategoryRequest body) {
        current.requireAdmin();
        return content.renameCategory(id, required(body).name());
    }

    @DELETE
    @Path("categories/{id}")
    @Operation(summary = "Delete an empty category")
    @APIResponse(responseCode = "409", description = "The category still has articles")
    public Response deleteCategory(@PathParam("id") long id) {
        current.requireAdmin();
        content.deleteCategory(id);
        return Response.noContent().build();
    }

    @GET
    @Path("articles")
    @Operation(summary = "Every article, hidden ones included")
    public Page<ArticleSummary> articles(@QueryParam("category_id") String categoryId, @QueryParam("level") String level,
                                         @QueryParam("q") String text, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        current.requireAdmin();
        return reading.browse(new ArticleQuery(QueryParams.optionalNumber("category_id", categoryId),
                QueryParams.optionalLevel(level), text, PageRequest.of(page, size)), true);
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "One article, hidden or not (preview)")
    public ArticleResponse article(@PathParam("id") long id) {
        current.requireAdmin();
        return ArticleResponse.of(reading.article(id, null, true));
    }

    @POST
    @Path("articles")
    @Operation(summary = "Create an article (hidden unless published is true)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Bad fields, each named")
    public Response createArticle(ArticleDraft body) {
        current.requireAdmin();
        return Response.status(Response.Status.CREATED).entity(ArticleResponse.of(content.createArticle(required(body))))
                .build();
    }

    @PUT
    @Path("articles/{id}")
    @Operation(summary = "Edit, publish or hide an article")
    public ArticleResponse updateArticle(@PathParam("id") long id, ArticleDraft body) {
        current.requireAdmin();
        return ArticleResponse.of(content.updateArticle(id, required(body)));
    }

    @DELETE
    @Path("articles/{id}")
    @Operation(summary = "Delete an article with its quiz, its attempts' visibility and its thread")
    public Response deleteArticle(@PathParam("id") long id) {
        current.requireAdmin();
        content.deleteArticle(id);
        return Response.noContent().build();
    }
}
