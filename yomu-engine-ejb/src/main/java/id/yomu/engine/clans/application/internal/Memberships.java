package id.yomu.engine.clans.application.internal;

import id.yomu.core.shared.ForbiddenActionException;
import id.yomu.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of membership, shared by the clan service and the reaction to a deleted reader. Each method
 * runs in the caller's transaction; writers lock the clan's row first.
 */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    /**
     * FOR NO KEY UPDATE serializes membership changes of one clan without blocking the foreign-key checks
     * of contributions being written for it meanwhile.
     */
    LockedClan lock(long clanId) {
        List<?> rows = em.createNativeQuery("SELECT id, name, leader_id FROM engine.clan WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, clanId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Clan");
        }
        Object[] row = (Object[]) rows.get(0);
        return new LockedClan(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue());
    }

    LockedClan lockAsLeader(long clanId, long leaderId) {
        LockedClan clan = lock(clanId);
        if (clan.leaderId() != leaderId) {
            throw new ForbiddenActionException("Only the clan's leader may do this");
        }
        return clan;
    }

    public Optional<Long> clanOf(long readerId) {
        List<?> rows = em.createNativeQuery("SELECT clan_id FROM engine.clan_member WHERE reader_id = ?1")
                .setParameter(1, readerId).getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    int count(long clanId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM engine.clan_member WHERE clan_id = ?1")
                .setParameter(1, clanId).getSingleResult()).intValue();
    }

    /** False when the reader is already in a clan (this one or another): the primary key decides, even in a race. */
    boolean add(long clanId, long readerId, String displayName) {
        return em.createNativeQuery("INSERT INTO engine.clan_member (reader_id, clan_id, display_name) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (reader_id) DO NOTHING")
                .setParameter(1, readerId).setParameter(2, clanId).setParameter(3, displayName)
                .executeUpdate() == 1;
    }

    /** Once in a clan, a reader's other pending requests are moot. */
    void cancelPendingRequests(long readerId) {
        em.createNativeQuery("UPDATE engine.clan_join_request SET status = 'CANCELLED', answered_at = now() "
                        + "WHERE reader_id = ?1 AND status = 'PENDING'")
                .setParameter(1, readerId).executeUpdate();
    }

    /**
     * Takes the reader out of their clan, if they are in one: a leader hands leadership to the
     * longest-standing member, and the last member takes the clan with them.
     */
    public void leave(long readerId) {
        Optional<Long> clanId = clanOf(readerId);
        if (clanId.isEmpty()) {
            return;
        }
        LockedClan clan = lock(clanId.get());
        int removed = em.createNativeQuery("DELETE FROM engine.clan_member WHERE reader_id = ?1 AND clan_id = ?2")
                .setParameter(1, readerId).setParameter(2, clan.id()).executeUpdate();
        if (removed == 0) {
            return;
        }
        List<?> next = em.createNativeQuery("SELECT reader_id FROM engine.clan_member WHERE clan_id = ?1 ORDER BY join_order LIMIT 1")
                .setParameter(1, clan.id()).getResultList();
        if (next.isEmpty()) {
            em.createNativeQuery("DELETE FROM engine.clan WHERE id = ?1").setParameter(1, clan.id()).executeUpdate();
        } else if (clan.leaderId() == readerId) {
            setLeader(clan.id(), ((Number) next.get(0)).longValue());
        }
    }

    void setLeader(long clanId, long readerId) {
        em.createNativeQuery("UPDATE engine.clan SET leader_id = ?2 WHERE id = ?1")
                .setParameter(1, clanId).setParameter(2, readerId).executeUpdate();
    }
}
