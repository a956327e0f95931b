package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.engine.achievements.application.AchievementService;
import id.yomu.engine.achievements.application.ReaderAchievement;
import id.yomu.engine.missions.application.MissionService;
import id.yomu.engine.missions.application.ReaderMission;
import id.yomu.engine.points.application.ProgressService;
import id.yomu.engine.points.application.ReaderProgress;
import id.yomu.engine.streak.application.ReaderStreak;
import id.yomu.engine.streak.application.StreakService;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code dashboard.xhtml}: one's XP, level, streak, today's missions (with claim buttons) and achievements
 * (with pin buttons for the public profile).
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CurrentAccount current;

    @Inject
    ProgressService progressService;

    @Inject
    StreakService streaks;

    @Inject
    MissionService missionService;

    @Inject
    AchievementService achievementService;

    private ReaderProgress progress;
    private ReaderStreak streak;
    private List<ReaderMission> missions = List.of();
    private List<ReaderAchievement> achievements = List.of();

    @PostConstruct
    void load() {
        current.get().ifPresent(who -> {
            progress = progressService.progress(who.id());
            streak = streaks.streak(who.id());
            missions = missionService.todayOf(who.id());
            achievements = achievementService.ofReader(who.id());
        });
    }

    public String requireLogin() {
        return current.isLoggedIn() ? null : FacesPages.logInThenReturn();
    }

    public String claim() {
        long reader = current.require().id();
        Long mission = FacesPages.number("mission");
        try {
            ReaderMission claimed = missionService.claim(reader, mission == null ? -1 : mission);
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "mission.claimed", claimed.reward());
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR,
                    e.getMessage().contains("already") ? "mission.already_claimed" : "mission.not_completed");
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "mission.gone");
        }
        load();
        return null;
    }

    /** Pins an unlocked achievement on the public profile (at most three). */
    public String pin() {
        return changePin(true);
    }

    public String unpin() {
        return changePin(false);
    }

    private String changePin(boolean pin) {
        long reader = current.require().id();
        Long achievement = FacesPages.number("achievement");
        try {
            if (pin) {
                achievementService.pin(reader, achievement == null ? -1 : achievement);
            } else {
                achievementService.unpin(reader, achievement == null ? -1 : achievement);
            }
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, pin ? "achievement.pin_done" : "achievement.unpin_done");
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR,
                    e.getMessage().startsWith("At most") ? "achievement.pin_too_many" : "achievement.pin_locked");
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "achievement.pin_gone");
        }
        load();
        return null;
    }

    public ReaderProgress getProgress() {
        return progress;
    }

    public ReaderStreak getStreak() {
        return streak;
    }

    public List<ReaderMission> getMissions() {
        return missions;
    }

    public List<ReaderAchievement> getAchievements() {
        return achievements;
    }

    /** XP earned within the current level, for the progress bar (levels are 100 XP wide). */
    public long getXpInLevel() {
        return progress == null ? 0 : progress.xp() % 100;
    }
}
