package id.yomu.core.identity.application;

import jakarta.ejb.ApplicationException;

/** Too many failed logins for the account or the client address; try again after the given seconds. */
@ApplicationException(rollback = true)
public class LoginThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super("Too many failed login attempts; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
