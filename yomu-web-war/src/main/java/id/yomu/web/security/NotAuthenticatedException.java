package id.yomu.web.security;

/** The request needs a logged-in account and carries no valid session token. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("Log in first: this needs a valid session token (cookie or Authorization: Bearer)");
    }
}
