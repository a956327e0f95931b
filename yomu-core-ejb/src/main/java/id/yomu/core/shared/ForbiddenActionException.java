package id.yomu.core.shared;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this (e.g. edit another reader's comment). */
@ApplicationException(rollback = true)
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String why) {
        super(why);
    }
}
