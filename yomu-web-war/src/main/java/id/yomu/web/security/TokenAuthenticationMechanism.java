package id.yomu.web.security;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.identity.application.IdentityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the session token from {@code Authorization: Bearer} or the session cookie and, when the
 * token is valid and its account active, tells the container who calls. It never challenges: what a
 * missing login means (401 for the API, the login page for a browser) is decided where it matters.
 */
@ApplicationScoped
public class TokenAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String ACCOUNT_ATTRIBUTE = "yomu.account";
    private static final String BEARER = "Bearer ";
    private static final Set<String> ANONYMOUS_PREFIXES =
            Set.of("/jakarta.faces.resource/", "/health", "/metrics", "/openapi", "/favicon");

    @Inject
    IdentityService identity;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ANONYMOUS_PREFIXES.stream().anyMatch(path::startsWith)) {
            return context.doNothing();
        }
        Optional<AuthenticatedAccount> account = tokenOf(request).flatMap(identity::authenticate);
        if (account.isEmpty()) {
            return context.doNothing();
        }
        request.setAttribute(ACCOUNT_ATTRIBUTE, account.get());
        return context.notifyContainerAboutLogin(new CredentialValidationResult(
                Long.toString(account.get().id()), Set.of(account.get().role())));
    }

    private static Optional<String> tokenOf(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(header.substring(BEARER.length()).trim()).filter(token -> !token.isEmpty());
        }
        return SessionCookie.read(request).filter(token -> !token.isEmpty());
    }
}
