package id.yomu.core.identity.infrastructure;

import id.yomu.core.identity.domain.Account;
import id.yomu.core.identity.domain.AccountRepository;
import id.yomu.core.identity.domain.LoginIdentifier;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "account_username_key", "username", "account_email_key", "email", "account_phone_key", "phone");

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
            // A concurrent registration that passed the checks first loses here, on the unique index.
            throw UniqueViolation.fieldOf(e, UNIQUE_FIELDS).map(DuplicateValueException::new).orElseThrow(() -> e);
        }
    }
}
