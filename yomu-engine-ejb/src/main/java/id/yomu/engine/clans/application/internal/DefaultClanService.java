package id.yomu.engine.clans.application.internal;

import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.core.shared.UniqueViolation;
import id.yomu.engine.clans.application.AlreadyInClanException;
import id.yomu.engine.clans.application.ClanFullException;
import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.clans.application.ClanSummary;
import id.yomu.engine.clans.application.ClanView;
import id.yomu.engine.clans.application.JoinRequestView;
import id.yomu.engine.clans.application.Member;
import id.yomu.engine.clans.domain.ClanRules;
import id.yomu.engine.events.JoinRequestAnswered;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultClanService implements ClanService {

    private static final Map<String, String> UNIQUE_FIELDS = Map.of("clan_name_unique", "name");

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    Memberships memberships;

    @Inject
    ClanReads reads;

    @Inject
    Event<JoinRequestAnswered> answers;

    @Override
    public ClanView create(Member creator, String name, String description) {
        ClanRules.ClanText text = ClanRules.checked(name, description);
        if (memberships.clanOf(creator.readerId()).isPresent()) {
            throw new AlreadyInClanException("You are already in a clan; leave it before founding another");
        }
        long id = uniqueName(() -> ((Number) em.createNativeQuery(
                        "INSERT INTO engine.clan (name, description, leader_id) VALUES (?1, ?2, ?3) RETURNING id")
                .setParameter(1, text.name()).setParameter(2, text.description()).setParameter(3, creator.readerId())
                .getSingleResult()).longValue());
        if (!memberships.add(id, creator.readerId(), creator.displayName())) {
            throw new AlreadyInClanException("You are already in a clan; leave it before founding another");
        }
        memberships.cancelPendingRequests(creator.readerId());
        return reads.clan(id);
    }

    @Override
    public ClanView edit(long clanId, long leaderId, String name, String description) {
        ClanRules.ClanText text = ClanRules.checked(name, description);
        memberships.lockAsLeader(clanId, leaderId);
        uniqueName(() -> em.createNativeQuery("UPDATE engine.clan SET name = ?2, description = ?3 WHERE id = ?1")
                .setParameter(1, clanId).setParameter(2, text.name()).setParameter(3, text.description())
                .executeUpdate());
        return reads.clan(clanId);
    }

    /** Two clans may race for a name: the unique index decides and the loser hears 409 naming the field. */
    private <T> T uniqueName(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            throw UniqueViolation.fieldOf(e, UNIQUE_FIELDS).<RuntimeException>map(DuplicateValueException::new).orElse(e);
        }
    }

    @Override
    public void delete(long clanId, long leaderId) {
        memberships.lockAsLeader(clanId, leaderId);
        em.createNativeQuery("DELETE FROM engine.clan WHERE id = ?1").setParameter(1, clanId).executeUpdate();
    }

    @Override
    public Page<ClanSummary> directory(String search, PageRequest page) {
        return reads.directory(search, page);
    }

    @Override
    public ClanView clan(long clanId) {
        return reads.clan(clanId);
    }

    @Override
    public Optional<Long> clanOf(long readerId) {
        return memberships.clanOf(readerId);
    }

    @Override
    public JoinRequestView requestToJoin(long clanId, Member reader) {
        reads.clan(clanId);
        if (memberships.clanOf(reader.readerId()).isPresent()) {
            throw new AlreadyInClanException("You are already in a clan; leave it before asking to join another");
        }
        if (memberships.count(clanId) >= MAX_MEMBERS) {
            throw new ClanFullException();
        }
        List<?> created = em.createNativeQuery("INSERT INTO engine.clan_join_request (clan_id, reader_id, display_name) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (clan_id, reader_id) WHERE status = 'PENDING' DO NOTHING RETURNING id")
                .setParameter(1, clanId).setParameter(2, reader.readerId()).setParameter(3, reader.displayName())
                .getResultList();
        if (created.isEmpty()) {
            throw new ConflictException("You have already asked to join this clan; wait for the leader's answer");
        }
        return reads.request(((Number) created.get(0)).longValue());
    }

    @Override
    public List<Long> pendingRequestsOf(long readerId) {
        return reads.pendingClansOf(readerId);
    }

    @Override
    public List<JoinRequestView> pendingRequests(long clanId, long leaderId) {
        ClanView clan = reads.clan(clanId);
        if (!clan.ledBy(leaderId)) {
            throw new id.yomu.core.shared.ForbiddenActionException("Only the clan's leader may see its join requests");
        }
        return reads.pendingRequests(clanId);
    }

    @Override
    public void answer(long clanId, long requestId, long leaderId, boolean accept) {
        // The clan's row lock already serializes answers to this clan's requests. Locking the request row
        // too would deadlock with another clan's leader admitting the same reader, whose admission cancels it.
        LockedClan clan = memberships.lockAsLeader(clanId, leaderId);
        List<?> rows = em.createNativeQuery("SELECT reader_id, display_name, status FROM engine.clan_join_request "
                        + "WHERE id = ?1 AND clan_id = ?2")
                .setParameter(1, requestId).setParameter(2, clanId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Join request");
        }
        Object[] request = (Object[]) rows.get(0);
        long readerId = ((Number) request[0]).longValue();
        if (!"PENDING".equals(request[2])) {
            throw new ConflictException("This join request has already been answered");
        }
        if (accept) {
            admit(clan, readerId, (String) request[1]);
        }
        em.createNativeQuery("UPDATE engine.clan_join_request SET status = ?2, answered_at = now() WHERE id = ?1")
                .setParameter(1, requestId).setParameter(2, accept ? "ACCEPTED" : "REJECTED").executeUpdate();
        answers.fire(new JoinRequestAnswered(readerId, clanId, clan.name(), accept));
    }

    private void admit(LockedClan clan, long readerId, String displayName) {
        if (memberships.count(clan.id()) >= MAX_MEMBERS) {
            throw new ClanFullException();
        }
        if (!memberships.add(clan.id(), readerId, displayName)) {
            throw new AlreadyInClanException("The reader has joined another clan meanwhile");
        }
        memberships.cancelPendingRequests(readerId);
    }

    @Override
    public int rejectAll(long clanId, long leaderId) {
        LockedClan clan = memberships.lockAsLeader(clanId, leaderId);
        @SuppressWarnings("unchecked")
        List<Object> readers = em.createNativeQuery("UPDATE engine.clan_join_request SET status = 'REJECTED', answered_at = now() "
                        + "WHERE clan_id = ?1 AND status = 'PENDING' RETURNING reader_id")
                .setParameter(1, clanId).getResultList();
        readers.forEach(reader -> answers.fire(new JoinRequestAnswered(((Number) reader).longValue(), clanId, clan.name(), false)));
        return readers.size();
    }

    @Override
    public void kick(long clanId, long leaderId, long memberId) {
        memberships.lockAsLeader(clanId, leaderId);
        if (memberId == leaderId) {
            throw new InvalidInputException(new FieldError("reader_id", "self",
                    "a leader cannot kick themself; hand over leadership or leave instead"));
        }
        int removed = em.createNativeQuery("DELETE FROM engine.clan_member WHERE clan_id = ?1 AND reader_id = ?2")
                .setParameter(1, clanId).setParameter(2, memberId).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException("Clan member");
        }
    }

    @Override
    public void handOverLeadership(long clanId, long leaderId, long newLeaderId) {
        memberships.lockAsLeader(clanId, leaderId);
        if (newLeaderId == leaderId) {
            throw new InvalidInputException(new FieldError("reader_id", "self", "is already the leader"));
        }
        if (!memberships.clanOf(newLeaderId).equals(Optional.of(clanId))) {
            throw new InvalidInputException(new FieldError("reader_id", "not_member", "is not a member of this clan"));
        }
        memberships.setLeader(clanId, newLeaderId);
    }

    @Override
    public void leave(long readerId) {
        if (memberships.clanOf(readerId).isEmpty()) {
            throw new NotFoundException("Clan membership");
        }
        memberships.leave(readerId);
    }
}
