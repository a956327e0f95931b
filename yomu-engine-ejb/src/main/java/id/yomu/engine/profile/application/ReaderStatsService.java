package id.yomu.engine.profile.application;

import jakarta.ejb.Local;

/** The game record shown on a reader's public profile. */
@Local
public interface ReaderStatsService {

    ReaderStats stats(long readerId);
}
