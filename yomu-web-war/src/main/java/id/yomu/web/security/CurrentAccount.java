package id.yomu.web.security;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.identity.application.IdentityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The account of this request: the session token it presents ({@code Authorization: Bearer}, or the
 * session cookie of a browser), checked once, when a page or resource first asks. Requests that never ask
 * (a public list, a static resource) cost no token check and no account lookup; nothing registers the
 * caller with the container, since Yomu's own guards decide what a missing login means (401 for the API,
 * the login page for a browser).
 */
@Named
@RequestScoped
public class CurrentAccount {

    private static final String BEARER = "Bearer ";

    @Inject
    HttpServletRequest request;

    @Inject
    IdentityService identity;

    private Optional<AuthenticatedAccount> account;

    public Optional<AuthenticatedAccount> get() {
        if (account == null) {
            account = presentedToken().flatMap(identity::authenticate);
        }
        return account;
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

    private Optional<String> presentedToken() {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(header.substring(BEARER.length()).trim()).filter(token -> !token.isEmpty());
        }
        return SessionCookie.read(request).filter(token -> !token.isEmpty());
    }
}
