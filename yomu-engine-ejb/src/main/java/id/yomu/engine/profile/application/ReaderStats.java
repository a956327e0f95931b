package id.yomu.engine.profile.application;

import id.yomu.engine.achievements.application.ReaderAchievement;
import java.util.List;

/**
 * A reader's public game record.
 *
 * @param averageAccuracy mean accuracy of their quizzes in percent, rounded to one decimal; null before the first quiz
 */
public record ReaderStats(long readerId, long xp, long level, int articlesRead, int quizzesCompleted, Double averageAccuracy,
        int currentStreak, int bestStreak, List<ReaderAchievement> pinnedAchievements) {
}
