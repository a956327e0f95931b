package id.yomu.web.interfaces.faces;

import id.yomu.core.identity.application.IdentityService;
import id.yomu.core.identity.application.Registration;
import id.yomu.core.identity.application.SessionToken;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class RegisterPage {

    @Inject
    IdentityService identity;

    private String username;
    private String displayName;
    private String password;
    private String email;
    private String phone;

    public String submit() {
        try {
            SessionToken session = identity.register(new Registration(username, displayName, password, email, phone));
            SessionCookie.issue(FacesPages.request(), FacesPages.response(), session.token(), session.expiresAt());
            return FacesPages.redirect("/index");
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors());
        } catch (DuplicateValueException e) {
            FacesPages.fieldErrors(List.of(new FieldError(e.field(), "taken", e.getMessage())));
        }
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
