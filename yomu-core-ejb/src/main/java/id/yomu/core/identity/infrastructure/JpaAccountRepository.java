package id.yomu.core.identity.infrastructure;

import id.yomu.core.identity.domain.Account;
import id.yomu.core.identity.domain.AccountRepository;
import id.yomu.core.identity.domain.LoginIdentifier;
import id.yomu.core.shared.DuplicateValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findBy(LoginIdentifier identifier) {
        String query = switch (identifier.kind()) {
            case USERNAME -> "Account.findByUsername";
            case EMAIL -> "Account.findByEmail";
            case PHONE -> "Account.findByPhone";
        };
        return em.createNamedQuery(query, Account.class)
                .setParameter("value", identifier.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean usernameTaken(String username) {
        return em.createNamedQuery("Account.countByUsername", Long.class)
                .setParameter("value", username).getSingleResult() > 0;
    }

    @Override
    public boolean emailTaken(String email, long exceptAccountId) {
        return em.createNamedQuery("Account.countByEmail", Long.class)
                .setParameter("value", email).setParameter("self", exceptAccountId).getSingleResult() > 0;
    }

    @Override
    public boolean phoneTaken(String phone, long exceptAccountId) {
        return em.createNamedQuery("Account.countByPhone", Long.class)
                .setParameter("value", phone).setParameter("self", exceptAccountId).getSingleResult() > 0;
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        flush();
        return account;
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw duplicateFieldOf(e).map(DuplicateValueException::new).orElseThrow(() -> e);
        }
    }

    /** A concurrent registration that passed the checks first loses here, on the unique index. */
    private static Optional<String> duplicateFieldOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                if (message.contains("account_username_key")) {
                    return Optional.of("username");
                }
                if (message.contains("account_email_key")) {
                    return Optional.of("email");
                }
                if (message.contains("account_phone_key")) {
                    return Optional.of("phone");
                }
            }
        }
        return Optional.empty();
    }
}
