package id.yomu.core.shared;

import jakarta.ejb.ApplicationException;

/** The request is valid but clashes with the current state (e.g. a second quiz submit); nothing changed. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String why) {
        super(why);
    }
}
