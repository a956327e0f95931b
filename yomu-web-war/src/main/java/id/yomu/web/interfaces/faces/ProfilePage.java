package id.yomu.web.interfaces.faces;

import id.yomu.core.identity.application.AccountView;
import id.yomu.core.identity.application.IdentityService;
import id.yomu.core.identity.application.PasswordChange;
import id.yomu.core.identity.application.ProfileChanges;
import id.yomu.core.identity.application.SessionToken;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.web.security.CurrentAccount;
import id.yomu.web.security.SessionCookie;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** One's own profile: edit, change password, log out everywhere, delete. Needs a login. */
@Named
@RequestScoped
public class ProfilePage {

    private static final String LOGIN = FacesPages.redirect("/login");

    @Inject
    IdentityService identity;

    @Inject
    CurrentAccount current;

    @Inject
    DisplayZone displayZone;

    private AccountView account;
    private String displayName;
    private String bio;
    private String email;
    private String phone;
    private String currentPassword;
    private String newPassword;
    private String deletePassword;

    @PostConstruct
    void load() {
        current.get().ifPresent(who -> show(identity.profile(who.id())));
    }

    /** The view action of the page: a visitor without a session goes to the login page. */
    public String requireLogin() {
        return account == null ? FacesPages.logInThenReturn() : null;
    }

    public String save() {
        if (account == null) {
            return LOGIN;
        }
        try {
            show(identity.updateProfile(account.id(), new ProfileChanges(displayName, bio, email, phone)));
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "profile.saved");
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors());
        } catch (DuplicateValueException e) {
            FacesPages.fieldErrors(List.of(new FieldError(e.field(), "taken", e.getMessage())));
        }
        return null;
    }

    public String changePassword() {
        if (account == null) {
            return LOGIN;
        }
        try {
            SessionToken session = identity.changePassword(account.id(), new PasswordChange(currentPassword, newPassword));
            SessionCookie.issue(FacesPages.request(), FacesPages.response(), session.token(), session.expiresAt());
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "profile.password_changed");
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors());
        }
        return null;
    }

    public String logOutEverywhere() {
        if (account != null) {
            identity.logOutEverywhere(account.id());
        }
        SessionCookie.clear(FacesPages.request(), FacesPages.response());
        return LOGIN;
    }

    public String delete() {
        if (account == null) {
            return LOGIN;
        }
        try {
            identity.deleteAccount(account.id(), deletePassword);
            SessionCookie.clear(FacesPages.request(), FacesPages.response());
            return FacesPages.redirect("/index");
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors().stream()
                    .map(error -> new FieldError("delete_password", error.code(), error.message())).toList());
            return null;
        }
    }

    private void show(AccountView view) {
        account = view;
        displayName = view.displayName();
        bio = view.bio();
        email = view.email();
        phone = view.phone();
    }

    public String getUsername() {
        return account == null ? null : account.username();
    }

    public String getJoined() {
        return account == null ? null : displayZone.dateOf(account.joinedAt()).toString();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}
