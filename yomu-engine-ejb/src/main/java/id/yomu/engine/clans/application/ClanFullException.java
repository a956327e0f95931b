package id.yomu.engine.clans.application;

import id.yomu.core.shared.ConflictException;

/** The clan already has its 50 members. */
public class ClanFullException extends ConflictException {

    public ClanFullException() {
        super("The clan is full: it already has " + ClanService.MAX_MEMBERS + " members");
    }
}
