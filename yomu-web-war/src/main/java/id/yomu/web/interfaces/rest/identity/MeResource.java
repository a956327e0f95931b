package id.yomu.web.interfaces.rest.identity;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.identity.application.AccountView;
import id.yomu.core.identity.application.IdentityService;
import id.yomu.core.identity.application.PasswordChange;
import id.yomu.core.identity.application.ProfileChanges;
import id.yomu.web.security.CurrentAccount;
import id.yomu.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Identity")
@APIResponse(responseCode = "401", description = "Not logged in")
public class MeResource {

    @Inject
    IdentityService identity;

    @Inject
    CurrentAccount current;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Operation(summary = "One's own profile")
    public AccountView profile() {
        return identity.profile(current.require().id());
    }

    @PATCH
    @Operation(summary = "Edit display name, bio, email or phone; a missing field keeps its value")
    @APIResponse(responseCode = "400", description = "Bad fields, each named in errors")
    @APIResponse(responseCode = "409", description = "Email or phone already taken")
    public AccountView updateProfile(ProfileRequest body) {
        ProfileRequest changes = required(body);
        long id = current.require().id();
        AccountView now = identity.profile(id);
        return identity.updateProfile(id, new ProfileChanges(
                keep(changes.displayName(), now.displayName()),
                keep(changes.bio(), now.bio()),
                keep(changes.email(), now.email()),
                keep(changes.phone(), now.phone())));
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change the password; every other session is logged out")
    @APIResponse(responseCode = "200", description = "Changed; the body holds a fresh session token")
    @APIResponse(responseCode = "400", description = "Wrong current password or a weak new one")
    public SessionResponse changePassword(PasswordRequest body) {
        PasswordRequest change = required(body);
        return SessionResponse.of(identity.changePassword(current.require().id(),
                new PasswordChange(change.currentPassword(), change.newPassword())));
    }

    @DELETE
    @Operation(summary = "Delete one's own account (the password confirms it)")
    @APIResponse(responseCode = "204", description = "Deleted; the login stops working")
    @APIResponse(responseCode = "400", description = "Wrong password")
    public Response delete(DeleteAccountRequest body) {
        identity.deleteAccount(current.require().id(), required(body).password());
        SessionCookie.clear(request, response);
        return Response.noContent().build();
    }

    private static String keep(String requested, String current) {
        return requested == null ? current : requested;
    }
}
