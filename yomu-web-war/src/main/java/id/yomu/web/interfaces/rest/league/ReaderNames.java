package id.yomu.web.interfaces.rest.league;

import id.yomu.core.identity.application.IdentityService;
import id.yomu.core.shared.NotFoundException;
import id.yomu.engine.league.application.ReaderRank;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Puts names to the engine's reader ranks: the engine knows readers only by id, so the web layer asks
 * the core for each shown reader's display name (one page, at most 100 of them).
 */
@RequestScoped
public class ReaderNames {

    @Inject
    IdentityService identity;

    public ReaderRow row(ReaderRank rank) {
        if (rank == null) {
            return null;
        }
        return new ReaderRow(rank.rank(), rank.readerId(), name(rank.readerId()), rank.xp(), rank.level(), rank.me());
    }

    private String name(long readerId) {
        try {
            return identity.profile(readerId).displayName();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
