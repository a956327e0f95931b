package id.yomu.web.security;

import id.yomu.core.identity.application.AuthenticatedAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The account of this request, as the authentication mechanism found it. */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    HttpServletRequest request;

    public Optional<AuthenticatedAccount> get() {
        return Optional.ofNullable((AuthenticatedAccount) request.getAttribute(TokenAuthenticationMechanism.ACCOUNT_ATTRIBUTE));
    }

    public boolean isLoggedIn() {
        return get().isPresent();
    }

    public boolean isAdmin() {
        return get().map(AuthenticatedAccount::admin).orElse(false);
    }

    public String getDisplayName() {
        return get().map(AuthenticatedAccount::displayName).orElse("");
    }

    public AuthenticatedAccount require() {
        return get().orElseThrow(NotAuthenticatedException::new);
    }

    public AuthenticatedAccount requireAdmin() {
        AuthenticatedAccount account = require();
        if (!account.admin()) {
            throw new NotAuthorizedException();
        }
        return account;
    }
}
