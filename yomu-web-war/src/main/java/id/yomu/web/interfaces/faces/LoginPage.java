package id.yomu.web.interfaces.faces;

import id.yomu.core.identity.application.AccountDeactivatedException;
import id.yomu.core.identity.application.Credentials;
import id.yomu.core.identity.application.IdentityService;
import id.yomu.core.identity.application.InvalidCredentialsException;
import id.yomu.core.identity.application.LoginThrottledException;
import id.yomu.core.identity.application.SessionToken;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.web.security.ClientAddress;
import id.yomu.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class LoginPage {

    @Inject
    IdentityService identity;

    @Inject
    ClientAddress clientAddress;

    private String identifier;
    private String password;
    private String next;

    @jakarta.annotation.PostConstruct
    void rememberWhereFrom() {
        next = FacesPages.parameter("next");
    }

    public String submit() {
        try {
            SessionToken session = identity.logIn(new Credentials(identifier, password,
                    clientAddress.of(FacesPages.request())));
            SessionCookie.issue(FacesPages.request(), FacesPages.response(), session.token(), session.expiresAt());
            return returnToWhereFrom();
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors());
        } catch (InvalidCredentialsException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "error.credentials");
        } catch (AccountDeactivatedException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "error.deactivated");
        } catch (LoginThrottledException e) {
            FacesPages.response().setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            FacesPages.response().setStatus(429);
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "error.throttled", e.retryAfterSeconds());
        }
        return null;
    }

    private String returnToWhereFrom() {
        if (next == null || next.isBlank()) {
            return FacesPages.redirect("/index");
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(FacesPages.request().getContextPath() + LocalPaths.localOrHome(next));
        } catch (java.io.IOException e) {
            throw new jakarta.faces.FacesException(e);
        }
        faces.responseComplete();
        return null;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String logOut() {
        SessionCookie.clear(FacesPages.request(), FacesPages.response());
        return FacesPages.redirect("/index");
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
