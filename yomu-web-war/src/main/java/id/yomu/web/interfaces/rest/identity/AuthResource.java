package id.yomu.web.interfaces.rest.identity;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.identity.application.Credentials;
import id.yomu.core.identity.application.IdentityService;
import id.yomu.core.identity.application.Registration;
import id.yomu.core.identity.application.SessionToken;
import id.yomu.web.security.ClientAddress;
import id.yomu.web.security.CurrentAccount;
import id.yomu.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class AuthResource {

    @Inject
    IdentityService identity;

    @Inject
    ClientAddress clientAddress;

    @Inject
    CurrentAccount current;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Path("register")
    @Operation(summary = "Register a reader and log it in")
    @APIResponse(responseCode = "201", description = "Registered; the body holds the session token")
    @APIResponse(responseCode = "400", description = "Bad fields, each named in errors")
    @APIResponse(responseCode = "409", description = "Username, email or phone already taken")
    public Response register(RegisterRequest body) {
        RegisterRequest form = required(body);
        SessionToken session = identity.register(new Registration(form.username(), form.displayName(),
                form.password(), form.email(), form.phone()));
        return Response.status(Response.Status.CREATED).entity(SessionResponse.of(session)).build();
    }

    @POST
    @Path("login")
    @Operation(summary = "Log in with a username, email or phone and the password")
    @APIResponse(responseCode = "200", description = "Logged in; the body holds the session token")
    @APIResponse(responseCode = "401", description = "Wrong identifier or password")
    @APIResponse(responseCode = "403", description = "Account deactivated")
    @APIResponse(responseCode = "429", description = "Too many failures; see Retry-After")
    public SessionResponse logIn(LoginRequest body) {
        LoginRequest form = required(body);
        return SessionResponse.of(identity.logIn(new Credentials(form.identifier(), form.password(),
                clientAddress.of(request))));
    }

    @POST
    @Path("logout")
    @Operation(summary = "Log this browser out (clears the session cookie)")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logOut() {
        SessionCookie.clear(request, response);
        return Response.noContent().build();
    }

    @POST
    @Path("logout-everywhere")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revoke every session token of the account, on every device")
    @APIResponse(responseCode = "204", description = "Every older token is revoked")
    @APIResponse(responseCode = "401", description = "Not logged in")
    public Response logOutEverywhere() {
        identity.logOutEverywhere(current.require().id());
        SessionCookie.clear(request, response);
        return Response.noContent().build();
    }
}
