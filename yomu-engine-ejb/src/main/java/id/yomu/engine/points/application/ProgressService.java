package id.yomu.engine.points.application;

import jakarta.ejb.Local;

/** Reading a reader's progress and auditing it against the ledger. */
@Local
public interface ProgressService {

    ReaderProgress progress(long readerId);

    /** The XP the ledger adds up to, to compare with the stored total. */
    long xpFromLedger(long readerId);
}
