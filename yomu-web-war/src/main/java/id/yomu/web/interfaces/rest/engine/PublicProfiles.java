package id.yomu.web.interfaces.rest.engine;

import id.yomu.core.identity.application.AccountView;
import id.yomu.core.identity.application.IdentityService;
import id.yomu.engine.achievements.application.ReaderAchievement;
import id.yomu.engine.profile.application.ReaderStats;
import id.yomu.engine.profile.application.ReaderStatsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Assembles a reader's public profile from the core (who they are) and the engine (their game record). */
@ApplicationScoped
public class PublicProfiles {

    @Inject
    IdentityService identity;

    @Inject
    ReaderStatsService stats;

    /**
     * What anyone may see of a reader; never their email or phone.
     *
     * @param clan the clan's name and tier; null here, the clan side fills it in
     */
    public record PublicProfile(long id, String username, String displayName, Instant joinedAt, long xp, long level,
            int articlesRead, int quizzesTaken, Double averageAccuracy, int currentStreak,
            List<ReaderAchievement> pinnedAchievements, Object clan) {
    }

    /** The profile of an active reader; NotFoundException otherwise. */
    public PublicProfile of(long readerId) {
        AccountView account = identity.profile(readerId);
        ReaderStats record = stats.stats(readerId);
        return new PublicProfile(account.id(), account.username(), account.displayName(), account.joinedAt(), record.xp(),
                record.level(), record.articlesRead(), record.quizzesCompleted(), record.averageAccuracy(),
                record.currentStreak(), record.pinnedAchievements(), null);
    }
}
