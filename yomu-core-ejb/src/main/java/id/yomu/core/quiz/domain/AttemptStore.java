package id.yomu.core.quiz.domain;

import java.util.Optional;

/** Openings and attempts, timed by the database clock that every instance shares. */
public interface AttemptStore {

    /** Remembers the first time the reader opened the quiz; later openings change nothing. */
    void recordOpening(long readerId, long articleId);

    /** Stores the attempt unless one exists (then empty: the caller lost the race or submitted twice). */
    Optional<StoredAttempt> storeOnce(long readerId, long articleId, int correct, int total, int score, String reviewJson);

    Optional<StoredAttempt> find(long readerId, long articleId);
}
