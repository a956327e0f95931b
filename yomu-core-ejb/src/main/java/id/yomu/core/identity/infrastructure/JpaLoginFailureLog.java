package id.yomu.core.identity.infrastructure;

import id.yomu.core.identity.domain.LoginFailureLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.OptionalLong;

/** Native SQL because the window is measured by the database clock, the one clock all instances share. */
@ApplicationScoped
public class JpaLoginFailureLog implements LoginFailureLog {

    private static final String BLOCKED_FOR = """
            SELECT CEIL(EXTRACT(EPOCH FROM (MIN(failed_at) + make_interval(mins => ?2) - now())))
            FROM core.login_failure
            WHERE %s = ?1 AND failed_at > now() - make_interval(mins => ?2)
            HAVING COUNT(*) >= ?3
            """;

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    public void record(String accountKey, String clientAddress) {
        em.createNativeQuery("DELETE FROM core.login_failure WHERE failed_at < now() - interval '1 day'")
                .executeUpdate();
        em.createNativeQuery("INSERT INTO core.login_failure (account_key, client_address) VALUES (?1, ?2)")
                .setParameter(1, accountKey)
                .setParameter(2, clientAddress)
                .executeUpdate();
    }

    @Override
    public OptionalLong accountBlockedFor(String accountKey, int limit, int windowMinutes) {
        return blockedFor("account_key", accountKey, limit, windowMinutes);
    }

    @Override
    public OptionalLong addressBlockedFor(String clientAddress, int limit, int windowMinutes) {
        return blockedFor("client_address", clientAddress, limit, windowMinutes);
    }

    @Override
    public void forgetAccount(String accountKey) {
        em.createNativeQuery("DELETE FROM core.login_failure WHERE account_key = ?1")
                .setParameter(1, accountKey)
                .executeUpdate();
    }

    private OptionalLong blockedFor(String column, String value, int limit, int windowMinutes) {
        return em.createNativeQuery(BLOCKED_FOR.formatted(column))
                .setParameter(1, value)
                .setParameter(2, windowMinutes)
                .setParameter(3, limit)
                .getResultStream()
                .mapToLong(seconds -> ((Number) seconds).longValue())
                .findFirst();
    }
}
