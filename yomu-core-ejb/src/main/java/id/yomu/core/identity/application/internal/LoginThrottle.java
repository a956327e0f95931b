package id.yomu.core.identity.application.internal;

import id.yomu.core.identity.application.LoginThrottledException;
import id.yomu.core.identity.domain.LoginFailureLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Spec §1: 5 failures per account or 20 per client address within 15 minutes, then 429. */
@ApplicationScoped
public class LoginThrottle {

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
            throw new LoginThrottledException(Math.max(1, wait.getAsLong()));
        }
    }

    public void recordFailure(String accountKey, String clientAddress) {
        failures.record(accountKey, clientAddress);
    }

    public void recordSuccess(String accountKey) {
        failures.forgetAccount(accountKey);
    }
}
