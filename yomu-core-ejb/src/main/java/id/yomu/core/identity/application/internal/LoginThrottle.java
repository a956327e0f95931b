package id.yomu.core.identity.application.internal;

import id.yomu.core.identity.application.LoginThrottledException;
import id.yomu.core.identity.domain.LoginFailureLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Spec §1: 5 failures per account or 20 per client address within 15 minutes, then 429. A refused attempt is
 * a security event an operator may need to find again: it is logged (with the request's trace id).
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    LoginFailureLog failures;

    @Inject
    @ConfigProperty(name = "yomu.login.account-failure-limit", defaultValue = "5")
    int accountLimit;

    @Inject
    @ConfigProperty(name = "yomu.login.address-failure-limit", defaultValue = "20")
    int addressLimit;

    @Inject
    @ConfigProperty(name = "yomu.login.failure-window-minutes", defaultValue = "15")
    int windowMinutes;

    public void checkAllowed(String accountKey, String clientAddress) {
        OptionalLong wait = failures.accountBlockedFor(accountKey, accountLimit, windowMinutes);
        if (wait.isEmpty()) {
            wait = failures.addressBlockedFor(clientAddress, addressLimit, windowMinutes);
        }
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.getAsLong());
            LOG.warning(() -> "Login refused for " + accountKey + " from " + clientAddress + ": too many failures, "
                    + "retry in " + seconds + " s");
            throw new LoginThrottledException(seconds);
        }
    }

    public void recordFailure(String accountKey, String clientAddress) {
        failures.record(accountKey, clientAddress);
    }

    public void recordSuccess(String accountKey) {
        failures.forgetAccount(accountKey);
    }
}
