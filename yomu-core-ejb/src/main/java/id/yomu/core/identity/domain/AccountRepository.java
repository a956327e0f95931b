package id.yomu.core.identity.domain;

import java.util.Optional;

/** Where accounts live. */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findBy(LoginIdentifier identifier);

    boolean usernameTaken(String username);

    boolean emailTaken(String email, long exceptAccountId);

    boolean phoneTaken(String phone, long exceptAccountId);

    /** Stores a new account and flushes, so that a unique-index race shows up here. */
    Account add(Account account);

    /** Flushes pending changes, so that a unique-index race shows up here. */
    void flush();
}
