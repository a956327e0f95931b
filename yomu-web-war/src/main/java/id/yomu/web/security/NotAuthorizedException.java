package id.yomu.web.security;

/** The account is logged in but its role does not allow this. */
public class NotAuthorizedException extends RuntimeException {

    public NotAuthorizedException() {
        super("Your account is not allowed to do this");
    }
}
