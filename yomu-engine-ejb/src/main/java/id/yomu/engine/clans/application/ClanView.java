package id.yomu.engine.clans.application;

import java.time.Instant;
import java.util.List;

/** A clan with its members, as its page and GET /clans/{id} show it. */
public record ClanView(long id, String name, String description, String tier, long leaderId, Instant createdAt,
        int memberCount, int maxMembers, List<MemberView> members) {

    public boolean full() {
        return memberCount >= maxMembers;
    }

    public boolean ledBy(long readerId) {
        return leaderId == readerId;
    }

    public boolean hasMember(long readerId) {
        return members.stream().anyMatch(member -> member.readerId() == readerId);
    }
}
