package id.yomu.engine.clans.application;

import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Clans and their membership (spec §5). Leader actions by anyone else are ForbiddenActionException;
 * unknown clans, requests and members are NotFoundException; clashes with the current state (full clan,
 * already in a clan, request already answered) are ConflictException. Nothing changes when one is thrown.
 */
@Local
public interface ClanService {

    int MAX_MEMBERS = 50;

    /** The creator becomes its leader and first member. */
    ClanView create(Member creator, String name, String description);

    ClanView edit(long clanId, long leaderId, String name, String description);

    void delete(long clanId, long leaderId);

    /** Clans whose name contains the search text (any case), by name. */
    Page<ClanSummary> directory(String search, PageRequest page);

    ClanView clan(long clanId);

    Optional<Long> clanOf(long readerId);

    JoinRequestView requestToJoin(long clanId, Member reader);

    /** The reader's own pending requests' clan ids, so a page can say "requested". */
    List<Long> pendingRequestsOf(long readerId);

    List<JoinRequestView> pendingRequests(long clanId, long leaderId);

    /** Accepting re-checks the clan's capacity and that the reader joined no other clan meanwhile. */
    void answer(long clanId, long requestId, long leaderId, boolean accept);

    /** Returns how many requests were rejected. */
    int rejectAll(long clanId, long leaderId);

    void kick(long clanId, long leaderId, long memberId);

    void handOverLeadership(long clanId, long leaderId, long newLeaderId);

    /** A leader leaving hands leadership to the longest-standing member; the last member leaving deletes the clan. */
    void leave(long readerId);
}
