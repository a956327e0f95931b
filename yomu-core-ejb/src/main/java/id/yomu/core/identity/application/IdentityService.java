package id.yomu.core.identity.application;

import jakarta.ejb.Local;
import java.util.Optional;

/** Registration, login, sessions and one's own account (spec §1). */
@Local
public interface IdentityService {

    /** Creates a reader and logs it in. */
    SessionToken register(Registration registration);

    SessionToken logIn(Credentials credentials);

    /** The account a token speaks for, if the token is valid, unrevoked and its account active. */
    Optional<AuthenticatedAccount> authenticate(String token);

    AccountView profile(long accountId);

    AccountView updateProfile(long accountId, ProfileChanges changes);

    /** Changes the password, revokes every older token and returns a fresh one for this client. */
    SessionToken changePassword(long accountId, PasswordChange change);

    /** Revokes every token issued so far for the account. */
    void logOutEverywhere(long accountId);

    /** Soft-deletes the account after checking its password. */
    void deleteAccount(long accountId, String password);
}
