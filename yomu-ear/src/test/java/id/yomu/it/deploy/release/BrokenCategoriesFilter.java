package id.yomu.it.deploy.release;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * What a bad release looks like to the deployment tests: the category list answers 500. The smoke
 * requests do not touch it, so only the post-switch analysis of the readers' traffic can catch it.
 */
@Provider
public class BrokenCategoriesFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if ("GET".equals(request.getMethod()) && "categories".equals(request.getUriInfo().getPath().replaceAll("^/|/$", ""))) {
            request.abortWith(Response.serverError().entity("{\"title\":\"broken release\",\"status\":500}").build());
        }
    }
}
