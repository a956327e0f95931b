package id.yomu.web.interfaces.rest.clans;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.engine.clans.application.Member;

/** The logged-in caller as a clan shows them. */
public final class ClanCallers {

    private ClanCallers() {
    }

    public static Member member(AuthenticatedAccount account) {
        return new Member(account.id(), account.displayName());
    }
}
