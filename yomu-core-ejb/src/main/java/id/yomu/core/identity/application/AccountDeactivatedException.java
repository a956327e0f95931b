package id.yomu.core.identity.application;

import jakarta.ejb.ApplicationException;

/** The credentials were right but an admin has deactivated the account. */
@ApplicationException(rollback = true)
public class AccountDeactivatedException extends RuntimeException {

    public AccountDeactivatedException() {
        super("This account has been deactivated by an administrator");
    }
}
