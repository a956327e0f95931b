package id.yomu.core.identity.domain;

import java.util.OptionalLong;

/**
 * Failed logins of the last window, shared by every instance through the database and timed by the
 * database clock, so that throttling holds whichever instance a request lands on.
 */
public interface LoginFailureLog {

    void record(String accountKey, String clientAddress);

    /** Seconds until the account may try again, if it has reached {@code limit} failures in the window. */
    OptionalLong accountBlockedFor(String accountKey, int limit, int windowMinutes);

    /** Seconds until the address may try again, if it has reached {@code limit} failures in the window. */
    OptionalLong addressBlockedFor(String clientAddress, int limit, int windowMinutes);

    void forgetAccount(String accountKey);
}
