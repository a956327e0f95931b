package id.yomu.web.interfaces.rest.engine;

import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.notifications.application.NotificationService;
import id.yomu.engine.notifications.application.NotificationView;
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

@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Notifications")
@APIResponse(responseCode = "401", description = "Not logged in")
public class NotificationsResource {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentAccount current;

    /** The unread count. */
    public record UnreadCount(long unread) {
    }

    @GET
    @Operation(summary = "One's notifications, newest first (kind, subject, detail: the client renders the text)")
    @APIResponse(responseCode = "200", description = "items and total")
    @APIResponse(responseCode = "400", description = "Bad page or size, named in errors")
    public Page<NotificationView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return notifications.list(current.require().id(), PageRequest.of(page, size));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many notifications are unread")
    @APIResponse(responseCode = "200", description = "OK")
    public UnreadCount unread() {
        return new UnreadCount(notifications.unreadCount(current.require().id()));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "No such notification of one's own")
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(current.require().id(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark every notification read")
    @APIResponse(responseCode = "200", description = "The unread count, now 0")
    public UnreadCount markAllRead() {
        long reader = current.require().id();
        notifications.markAllRead(reader);
        return new UnreadCount(notifications.unreadCount(reader));
    }
}
