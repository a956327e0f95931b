package id.yomu.engine.streak.application;

import jakarta.ejb.Local;

/** Reading a reader's streak as of the game's today. */
@Local
public interface StreakService {

    ReaderStreak streak(long readerId);
}
