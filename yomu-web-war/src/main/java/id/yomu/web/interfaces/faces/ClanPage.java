package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.ForbiddenActionException;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.clans.application.ClanView;
import id.yomu.engine.clans.application.JoinRequestView;
import id.yomu.engine.league.application.ClanSeasonView;
import id.yomu.engine.league.application.LeagueService;
import id.yomu.web.interfaces.rest.clans.ClanCallers;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code clan.xhtml?id=N}: a clan's members, season score, rank and active multipliers; asking to join
 * or leaving; and for its leader, editing, join requests, kicking, handing over and deleting. Each
 * action posts the ids it acts on, and a rule broken shows as a message with nothing changed.
 */
@Named
@RequestScoped
public class ClanPage {

    @Inject
    ClanService clans;

    @Inject
    LeagueService league;

    @Inject
    CurrentAccount current;

    @Inject
    DisplayZone zone;

    private ClanView clan;
    private ClanSeasonView season;
    private List<JoinRequestView> requests = List.of();
    private boolean requested;
    private Long myClan;
    private String name;
    private String description;

    @PostConstruct
    void load() {
        Long id = FacesPages.number("id");
        if (!current.isLoggedIn() || id == null) {
            return;
        }
        long me = current.require().id();
        try {
            clan = clans.clan(id);
            season = league.clanSeason(id);
        } catch (NotFoundException e) {
            clan = null;
            return;
        }
        myClan = clans.clanOf(me).orElse(null);
        requested = clans.pendingRequestsOf(me).contains(id);
        if (clan.ledBy(me)) {
            requests = clans.pendingRequests(id, me);
        }
        if (name == null) {
            name = clan.name();
            description = clan.description();
        }
    }

    public String guard() {
        if (!current.isLoggedIn()) {
            return FacesPages.logInThenReturn();
        }
        if (clan == null) {
            FacesPages.sendError(404, "No such clan");
        }
        return null;
    }

    public String join() {
        return act(() -> clans.requestToJoin(clan.id(), ClanCallers.member(current.require())), "clan.requested");
    }

    public String leave() {
        long id = clan.id();
        act(() -> clans.leave(current.require().id()), "clan.left");
        return "/clans?faces-redirect=true&left=" + id;
    }

    public String accept() {
        return act(() -> clans.answer(clan.id(), postedId("request_id"), me(), true), "clan.accepted");
    }

    public String reject() {
        return act(() -> clans.answer(clan.id(), postedId("request_id"), me(), false), "clan.rejected");
    }

    public String rejectAll() {
        return act(() -> clans.rejectAll(clan.id(), me()), "clan.rejected_all");
    }

    public String kick() {
        return act(() -> clans.kick(clan.id(), me(), postedId("reader_id")), "clan.kicked");
    }

    public String handOver() {
        return act(() -> clans.handOverLeadership(clan.id(), me(), postedId("reader_id")), "clan.handed_over");
    }

    public String delete() {
        String outcome = act(() -> clans.delete(clan.id(), me()), "clan.deleted");
        return clan == null ? "/clans?faces-redirect=true" : outcome;
    }

    public String edit() {
        try {
            clans.edit(clan.id(), me(), name, description);
            return "/clan?faces-redirect=true&id=" + clan.id();
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors().stream()
                    .map(error -> new FieldError("clan_" + error.field(), error.code(), error.message())).toList());
        } catch (DuplicateValueException e) {
            FacesPages.fieldErrors(List.of(new FieldError("clan_name", "taken", e.getMessage())));
        } catch (ForbiddenActionException | NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "clan.not_allowed");
        }
        return null;
    }

    /** Runs a clan action; on success reloads the page (a redirect), otherwise says why on this one. */
    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, doneKey);
            load();
            return clan == null ? "/clans?faces-redirect=true" : null;
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "clan.conflict", e.getMessage());
        } catch (InvalidInputException e) {
            FacesPages.pageErrors(e.errors());
        } catch (ForbiddenActionException | NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "clan.not_allowed");
        }
        load();
        return null;
    }

    private long me() {
        return current.require().id();
    }

    private static long postedId(String field) {
        Long id = FacesPages.number(field);
        if (id == null) {
            throw new InvalidInputException(FieldError.required(field));
        }
        return id;
    }

    public String expiry(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
                .format(instant.atZone(zone.zone()));
    }

    public ClanView getClan() {
        return clan;
    }

    public ClanSeasonView getSeason() {
        return season;
    }

    public List<JoinRequestView> getRequests() {
        return requests;
    }

    public boolean isLeader() {
        return clan != null && current.isLoggedIn() && clan.ledBy(me());
    }

    public boolean isMember() {
        return clan != null && myClan != null && myClan == clan.id();
    }

    public boolean isCanJoin() {
        return clan != null && myClan == null && !requested && !clan.full();
    }

    public boolean isRequested() {
        return requested;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
