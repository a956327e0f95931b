package id.yomu.web.interfaces.faces;

import id.yomu.web.security.CurrentAccount;

/** The entrance rule of every admin page: anonymous visitors log in first, readers get a 403 page. */
final class AdminPages {

    private AdminPages() {
    }

    /** The view action of an admin page; null lets an admin through. */
    static String guard(CurrentAccount current) {
        if (!current.isLoggedIn()) {
            return FacesPages.logInThenReturn();
        }
        if (!current.isAdmin()) {
            FacesPages.sendError(403, "Admins only");
        }
        return null;
    }
}
