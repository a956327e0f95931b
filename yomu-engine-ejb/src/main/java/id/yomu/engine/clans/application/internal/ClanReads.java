package id.yomu.engine.clans.application.internal;

import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.core.shared.SqlTimes;
import id.yomu.engine.clans.application.ClanService;
import id.yomu.engine.clans.application.ClanSummary;
import id.yomu.engine.clans.application.ClanView;
import id.yomu.engine.clans.application.JoinRequestView;
import id.yomu.engine.clans.application.MemberView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Clans, members and requests as the pages and the API read them. */
@ApplicationScoped
public class ClanReads {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    ClanView clan(long clanId) {
        List<?> rows = em.createNativeQuery("SELECT id, name, description, tier, leader_id, created_at FROM engine.clan WHERE id = ?1")
                .setParameter(1, clanId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Clan");
        }
        Object[] row = (Object[]) rows.get(0);
        long leaderId = ((Number) row[4]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> memberRows = em.createNativeQuery("SELECT reader_id, display_name, joined_at FROM engine.clan_member "
                        + "WHERE clan_id = ?1 ORDER BY join_order")
                .setParameter(1, clanId).getResultList();
        List<MemberView> members = memberRows.stream()
                .map(m -> new MemberView(((Number) m[0]).longValue(), (String) m[1], ((Number) m[0]).longValue() == leaderId,
                        SqlTimes.instant(m[2])))
                .toList();
        return new ClanView(clanId, (String) row[1], (String) row[2], (String) row[3], leaderId, SqlTimes.instant(row[5]),
                members.size(), ClanService.MAX_MEMBERS, members);
    }

    Page<ClanSummary> directory(String search, PageRequest page) {
        String pattern = "%" + (search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM engine.clan WHERE lower(name) LIKE ?1")
                .setParameter(1, pattern).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.name, c.description, c.tier, "
                        + "(SELECT count(*) FROM engine.clan_member m WHERE m.clan_id = c.id) "
                        + "FROM engine.clan c WHERE lower(c.name) LIKE ?1 ORDER BY lower(c.name) OFFSET ?2 LIMIT ?3")
                .setParameter(1, pattern).setParameter(2, page.offset()).setParameter(3, page.size()).getResultList();
        List<ClanSummary> items = rows.stream()
                .map(r -> new ClanSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).intValue()))
                .toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    JoinRequestView request(long requestId) {
        return requests("id = ?1", requestId).get(0);
    }

    List<JoinRequestView> pendingRequests(long clanId) {
        return requests("clan_id = ?1 AND status = 'PENDING'", clanId);
    }

    List<Long> pendingClansOf(long readerId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT clan_id FROM engine.clan_join_request WHERE reader_id = ?1 AND status = 'PENDING'")
                .setParameter(1, readerId).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private List<JoinRequestView> requests(String condition, long value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, clan_id, reader_id, display_name, created_at "
                        + "FROM engine.clan_join_request WHERE " + condition + " ORDER BY id")
                .setParameter(1, value).getResultList();
        return rows.stream()
                .map(r -> new JoinRequestView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), (String) r[3], SqlTimes.instant(r[4])))
                .toList();
    }
}
