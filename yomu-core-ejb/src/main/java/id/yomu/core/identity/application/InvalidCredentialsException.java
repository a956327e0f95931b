package id.yomu.core.identity.application;

import jakarta.ejb.ApplicationException;

/** The identifier or the password is wrong; deliberately does not say which. */
@ApplicationException(rollback = false)
public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("The username, email or phone, or the password, is not correct");
    }
}
