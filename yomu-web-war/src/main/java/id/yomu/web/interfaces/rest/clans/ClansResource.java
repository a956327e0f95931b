package id.yomu.web.interfaces.rest.clans;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.clans.application.ClanSummary;
import id.yomu.engine.clans.application.ClanView;
import id.yomu.engine.clans.application.JoinRequestView;
import id.yomu.engine.league.application.ClanSeasonView;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("clans")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Clans")
@APIResponse(responseCode = "401", description = "Not logged in")
public class ClansResource {

    @Inject
    ClanService clans;

    @Inject
    LeagueService league;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "The clan directory: clans whose name contains q (any case), by name")
    @APIResponse(responseCode = "200", description = "items and total")
    @APIResponse(responseCode = "400", description = "Bad page or size, named in errors")
    public Page<ClanSummary> directory(@QueryParam("q") String search, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        current.require();
        return clans.directory(search, PageRequest.of(page, size));
    }

    @POST
    @Operation(summary = "Found a clan (name 3-40 characters, unique in any case; description up to 255); the caller leads it")
    @APIResponse(responseCode = "201", description = "The new clan")
    @APIResponse(responseCode = "400", description = "Bad name or description, named in errors")
    @APIResponse(responseCode = "409", description = "The name is taken, or the caller is already in a clan")
    public Response create(ClanRequest body) {
        ClanView clan = clans.create(ClanCallers.member(current.require()), required(body).name(), body.description());
        return Response.status(Response.Status.CREATED).entity(clan).build();
    }

    @GET
    @Path("{clanId}")
    @Operation(summary = "A clan with its members, longest-standing first")
    @APIResponse(responseCode = "404", description = "No such clan")
    public ClanView clan(@PathParam("clanId") long clanId) {
        current.require();
        return clans.clan(clanId);
    }

    @GET
    @Path("{clanId}/season")
    @Operation(summary = "The clan's running season: score by its tier's formula, rank, active multipliers with expiry")
    @APIResponse(responseCode = "404", description = "No such clan")
    public ClanSeasonView season(@PathParam("clanId") long clanId) {
        current.require();
        return league.clanSeason(clanId);
    }

    @PATCH
    @Path("{clanId}")
    @Operation(summary = "Edit the clan's name and description (leader only)")
    @APIResponse(responseCode = "200", description = "The edited clan")
    @APIResponse(responseCode = "400", description = "Bad name or description, named in errors")
    @APIResponse(responseCode = "403", description = "Not the leader")
    @APIResponse(responseCode = "404", description = "No such clan")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public ClanView edit(@PathParam("clanId") long clanId, ClanRequest body) {
        return clans.edit(clanId, current.require().id(), required(body).name(), body.description());
    }

    @DELETE
    @Path("{clanId}")
    @Operation(summary = "Delete the clan with its memberships and requests (leader only)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not the leader")
    @APIResponse(responseCode = "404", description = "No such clan")
    public Response delete(@PathParam("clanId") long clanId) {
        clans.delete(clanId, current.require().id());
        return Response.noContent().build();
    }

    @POST
    @Path("{clanId}/join-requests")
    @Operation(summary = "Ask to join the clan; its leader accepts or rejects")
    @APIResponse(responseCode = "201", description = "The pending request")
    @APIResponse(responseCode = "404", description = "No such clan")
    @APIResponse(responseCode = "409", description = "Already in a clan, the clan is full, or a request is already pending")
    public Response requestToJoin(@PathParam("clanId") long clanId) {
        JoinRequestView request = clans.requestToJoin(clanId, ClanCallers.member(current.require()));
        return Response.status(Response.Status.CREATED).entity(request).build();
    }

    @GET
    @Path("{clanId}/join-requests")
    @Operation(summary = "The clan's pending join requests, oldest first (leader only)")
    @APIResponse(responseCode = "403", description = "Not the leader")
    @APIResponse(responseCode = "404", description = "No such clan")
    public List<JoinRequestView> pendingRequests(@PathParam("clanId") long clanId) {
        return clans.pendingRequests(clanId, current.require().id());
    }

    @POST
    @Path("{clanId}/join-requests/{requestId}/accept")
    @Operation(summary = "Accept a join request (leader only); re-checks capacity and that the reader joined no other clan")
    @APIResponse(responseCode = "204", description = "The reader is a member")
    @APIResponse(responseCode = "403", description = "Not the leader")
    @APIResponse(responseCode = "404", description = "No such clan or request")
    @APIResponse(responseCode = "409", description = "The clan is full, the reader is in another clan, or the request was answered")
    public Response accept(@PathParam("clanId") long clanId, @PathParam("requestId") long requestId) {
        clans.answer(clanId, requestId, current.require().id(), true);
        return Response.noContent().build();
    }

    @POST
    @Path("{clanId}/join-requests/{requestId}/reject")
    @Operation(summary = "Reject a join request (leader only)")
    @APIResponse(responseCode = "204", description = "Rejected")
    @APIResponse(responseCode = "403", description = "Not the leader")
    @APIResponse(responseCode = "404", description = "No such clan or request")
    @APIResponse(responseCode = "409", description = "The request was already answered")
    public Response reject(@PathParam("clanId") long clanId, @PathParam("requestId") long requestId) {
        clans.answer(clanId, requestId, current.require().id(), false);
        return Response.noContent().build();
    }

    @POST
    @Path("{clanId}/join-requests/reject-all")
    @Operation(summary = "Reject every pending join request (leader only)")
    @APIResponse(responseCode = "200", description = "How many were rejected")
    @APIResponse(responseCode = "403", description = "Not the leader")
    @APIResponse(responseCode = "404", description = "No such clan")
    public RejectedCount rejectAll(@PathParam("clanId") long clanId) {
        return new RejectedCount(clans.rejectAll(clanId, current.require().id()));
    }

    @DELETE
    @Path("{clanId}/members/{readerId}")
    @Operation(summary = "Kick a member out (leader only; not oneself)")
    @APIResponse(responseCode = "204", description = "Kicked")
    @APIResponse(responseCode = "400", description = "reader_id is the leader")
    @APIResponse(responseCode = "403", description = "Not the leader")
    @APIResponse(responseCode = "404", description = "No such clan or member")
    public Response kick(@PathParam("clanId") long clanId, @PathParam("readerId") long readerId) {
        clans.kick(clanId, current.require().id(), readerId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{clanId}/leader")
    @Operation(summary = "Hand leadership to another member (leader only)")
    @APIResponse(responseCode = "204", description = "The member leads the clan")
    @APIResponse(responseCode = "400", description = "reader_id is missing, oneself, or not a member")
    @APIResponse(responseCode = "403", description = "Not the leader")
    @APIResponse(responseCode = "404", description = "No such clan")
    public Response handOver(@PathParam("clanId") long clanId, LeaderRequest body) {
        Long readerId = required(body).readerId();
        if (readerId == null) {
            throw new InvalidInputException(FieldError.required("reader_id"));
        }
        clans.handOverLeadership(clanId, current.require().id(), readerId);
        return Response.noContent().build();
    }
}
