package id.yomu.web.interfaces.rest.reading;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.reading.application.ArticleQuery;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.reading.application.CategoryView;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.web.interfaces.rest.QueryParams;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading for everyone: published articles, their categories, and marking one read. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reading")
public class ArticlesResource {

    @Inject
    ReadingService reading;

    @Inject
    CurrentAccount current;

    @GET
    @Path("categories")
    @Operation(summary = "Every category with its number of articles")
    public List<CategoryView> categories() {
        return reading.categories();
    }

    @GET
    @Path("articles")
    @Operation(summary = "Published articles, newest first (or best match with q); page from 1, 20 a page by default")
    @APIResponse(responseCode = "400", description = "Bad page, size or level")
    public Page<ArticleSummary> articles(@QueryParam("category_id") String categoryId, @QueryParam("level") String level,
                                         @QueryParam("q") String text, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        return reading.browse(new ArticleQuery(QueryParams.optionalNumber("category_id", categoryId),
                QueryParams.optionalLevel(level), text, PageRequest.of(page, size)), false);
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "One published article, its Markdown body and the safe HTML of it")
    @APIResponse(responseCode = "404", description = "No such published article")
    public ArticleResponse article(@PathParam("id") long id) {
        return ArticleResponse.of(reading.article(id, current.get().map(AuthenticatedAccount::id).orElse(null), false));
    }

    @POST
    @Path("articles/{id}/read")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Mark the article read (idempotent)")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "404", description = "No such published article")
    public Response markRead(@PathParam("id") long id) {
        reading.markRead(id, current.require().id());
        return Response.noContent().build();
    }
}
