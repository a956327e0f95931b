package id.yomu.web.interfaces.rest.forum;

import id.yomu.core.forum.application.Viewer;
import id.yomu.core.identity.application.AuthenticatedAccount;

/** The logged-in caller as the forum sees it. */
final class Callers {

    private Callers() {
    }

    static Viewer viewer(AuthenticatedAccount account) {
        return new Viewer(account.id(), account.admin());
    }
}
