package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clan's life (spec §5) through the REST API: founding, joining, leading, leaving; bad input changes nothing. */
class ClanIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));

    private static List<Long> memberIds(JsonObject clan) {
        return clan.getJsonArray("members").stream()
                .map(member -> member.asJsonObject().getJsonNumber("reader_id").longValue()).toList();
    }

    @Test
    void aReaderFoundsAClanOthersAskToJoinAndTheLeaderAnswers() {
        Api leader = Clans.reader(api, "lead");
        Api asker = Clans.reader(api, "ask");
        Api refused = Clans.reader(api, "nope");
        String name = Clans.uniqueName();
        long clan = Clans.create(leader, name);

        JsonObject created = Clans.clan(leader, clan);
        assertEquals("BRONZE", created.getString("tier"));
        assertEquals(Clans.readerId(leader), created.getJsonNumber("leader_id").longValue());
        assertEquals(1, created.getInt("member_count"));
        JsonObject found = asker.get("/api/v1/clans?q=" + name.toUpperCase()).json();
        assertEquals(1, found.getInt("total"));
        assertEquals(clan, found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());

        long request = Clans.request(asker, clan);
        assertEquals(409, asker.post("/api/v1/clans/" + clan + "/join-requests", null).status(), "one pending request per clan");
        long refusedRequest = Clans.request(refused, clan);
        assertEquals(2, Clans.pending(leader, clan).size());

        assertEquals(204, Clans.accept(leader, clan, request).status());
        assertEquals(204, leader.post("/api/v1/clans/" + clan + "/join-requests/" + refusedRequest + "/reject", null).status());
        assertEquals(409, Clans.accept(leader, clan, refusedRequest).status(), "an answered request stays answered");

        assertEquals(List.of(Clans.readerId(leader), Clans.readerId(asker)), memberIds(Clans.clan(leader, clan)));
        assertEquals(clan, asker.get("/api/v1/me/clan").json().getJsonNumber("id").longValue());
        assertEquals(404, refused.get("/api/v1/me/clan").status());
    }

    @Test
    void rejectAllAnswersEveryPendingRequest() {
        Api leader = Clans.reader(api, "lead");
        long clan = Clans.create(leader, Clans.uniqueName());
        Clans.request(Clans.reader(api, "a"), clan);
        Clans.request(Clans.reader(api, "b"), clan);

        Api.Reply rejected = leader.post("/api/v1/clans/" + clan + "/join-requests/reject-all", null);

        assertEquals(2, rejected.json().getInt("rejected"), rejected.body());
        assertEquals(0, Clans.pending(leader, clan).size());
        assertEquals(1, Clans.clan(leader, clan).getInt("member_count"));
    }

    @Test
    void badNamesAndDescriptionsAreNamedAndNamesAreUniqueInAnyCase() {
        Api leader = Clans.reader(api, "lead");
        Api.Reply shortName = leader.post("/api/v1/clans", Clans.clanJson("ab", "x".repeat(256)));
        assertEquals(400, shortName.status());
        assertEquals(List.of("name", "description"), shortName.errorFields());
        assertEquals(404, leader.get("/api/v1/me/clan").status(), "nothing was created");

        String name = Clans.uniqueName();
        Clans.create(Clans.reader(api, "first"), name);
        Api.Reply taken = leader.post("/api/v1/clans", Clans.clanJson(name.toUpperCase(), ""));
        assertEquals(409, taken.status());
        assertEquals(List.of("name"), taken.errorFields());
        assertEquals(404, leader.get("/api/v1/me/clan").status());
    }

    @Test
    void aReaderIsInOneClanOnly() {
        Api reader = Clans.reader(api, "one");
        long own = Clans.create(reader, Clans.uniqueName());
        long other = Clans.create(Clans.reader(api, "other"), Clans.uniqueName());

        Api.Reply second = reader.post("/api/v1/clans", Clans.clanJson(Clans.uniqueName(), ""));
        assertEquals(409, second.status());
        assertTrue(second.json().getString("detail").contains("already in a clan"), second.body());
        assertEquals(409, reader.post("/api/v1/clans/" + other + "/join-requests", null).status());
        assertEquals(own, reader.get("/api/v1/me/clan").json().getJsonNumber("id").longValue());
    }

    @Test
    void onlyTheLeaderLeadsAndNobodyKicksThemself() {
        Api leader = Clans.reader(api, "lead");
        Api member = Clans.reader(api, "mem");
        long clan = Clans.create(leader, Clans.uniqueName());
        Clans.join(leader, member, clan);
        long leaderId = Clans.readerId(leader);
        long memberId = Clans.readerId(member);
        long pending = Clans.request(Clans.reader(api, "wait"), clan);
        String path = "/api/v1/clans/" + clan;

        assertEquals(403, member.patch(path, Clans.clanJson("Kudeta", "")).status());
        assertEquals(403, member.delete(path + "/members/" + leaderId, null).status());
        assertEquals(403, member.put(path + "/leader", "{\"reader_id\":" + memberId + "}").status());
        assertEquals(403, Clans.accept(member, clan, pending).status());
        assertEquals(403, member.get(path + "/join-requests").status());
        Api.Reply forbidden = member.delete(path, null);
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.json().getString("detail").contains("leader"), forbidden.body());

        Api.Reply kickSelf = leader.delete(path + "/members/" + leaderId, null);
        assertEquals(400, kickSelf.status());
        assertEquals(List.of("reader_id"), kickSelf.errorFields());
        assertEquals(400, leader.put(path + "/leader", "{\"reader_id\":" + Clans.readerId(Clans.reader(api, "out")) + "}").status());

        JsonObject unchanged = Clans.clan(leader, clan);
        assertEquals(leaderId, unchanged.getJsonNumber("leader_id").longValue());
        assertEquals(List.of(leaderId, memberId), memberIds(unchanged));
        assertEquals(1, Clans.pending(leader, clan).size());
    }

    @Test
    void theLeaderEditsKicksHandsOverAndDeletes() {
        Api leader = Clans.reader(api, "lead");
        Api first = Clans.reader(api, "first");
        Api second = Clans.reader(api, "second");
        long clan = Clans.create(leader, Clans.uniqueName());
        Clans.join(leader, first, clan);
        Clans.join(leader, second, clan);
        String path = "/api/v1/clans/" + clan;

        String renamed = Clans.uniqueName();
        JsonObject edited = leader.patch(path, Clans.clanJson(renamed, "Deskripsi baru")).json();
        assertEquals(renamed, edited.getString("name"));
        assertEquals("Deskripsi baru", edited.getString("description"));

        assertEquals(204, leader.delete(path + "/members/" + Clans.readerId(second), null).status());
        assertEquals(404, second.get("/api/v1/me/clan").status());

        assertEquals(204, leader.put(path + "/leader", "{\"reader_id\":" + Clans.readerId(first) + "}").status());
        assertEquals(Clans.readerId(first), Clans.clan(leader, clan).getJsonNumber("leader_id").longValue());
        assertEquals(403, leader.delete(path, null).status(), "the former leader leads no more");

        assertEquals(204, first.delete(path, null).status());
        assertEquals(404, leader.get(path).status());
        assertEquals(404, leader.get("/api/v1/me/clan").status(), "deleting the clan ends every membership");
    }

    @Test
    void aLeavingLeaderHandsOverToTheLongestStandingMemberAndTheLastOneOutDeletesTheClan() {
        Api leader = Clans.reader(api, "lead");
        Api older = Clans.reader(api, "older");
        Api newer = Clans.reader(api, "newer");
        long clan = Clans.create(leader, Clans.uniqueName());
        Clans.join(leader, older, clan);
        Clans.join(leader, newer, clan);

        assertEquals(204, leader.delete("/api/v1/me/clan", null).status());
        assertEquals(Clans.readerId(older), Clans.clan(older, clan).getJsonNumber("leader_id").longValue());

        assertEquals(204, older.delete("/api/v1/me/clan", null).status());
        assertEquals(Clans.readerId(newer), Clans.clan(newer, clan).getJsonNumber("leader_id").longValue());
        assertEquals(204, newer.delete("/api/v1/me/clan", null).status());
        assertEquals(404, newer.get("/api/v1/clans/" + clan).status());
        assertEquals(404, newer.delete("/api/v1/me/clan", null).status(), "nothing left to leave");
    }

    @Test
    void aDeletedReaderLeavesTheirClanWithLeadershipHandedOn() {
        Readers.Reader leaving = Readers.register(api, "gone");
        Api leader = api.withToken(leaving.token());
        Api member = Clans.reader(api, "stay");
        long clan = Clans.create(leader, Clans.uniqueName());
        Clans.join(leader, member, clan);

        assertEquals(204, leader.delete("/api/v1/me", "{\"password\":\"" + Readers.PASSWORD + "\"}").status());

        JsonObject after = Poll.until(() -> Clans.clan(member, clan), clan1 -> clan1.getInt("member_count") == 1,
                Duration.ofSeconds(30));
        assertEquals(Clans.readerId(member), after.getJsonNumber("leader_id").longValue());
        assertFalse(memberIds(after).isEmpty());
    }
}
