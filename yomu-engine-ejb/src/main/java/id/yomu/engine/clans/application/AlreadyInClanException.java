package id.yomu.engine.clans.application;

import id.yomu.core.shared.ConflictException;

/** A reader is in at most one clan. */
public class AlreadyInClanException extends ConflictException {

    public AlreadyInClanException(String why) {
        super(why);
    }
}
