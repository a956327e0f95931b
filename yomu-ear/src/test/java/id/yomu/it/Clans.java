package id.yomu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Clan steps through the API that several tests share; each returns what the next step needs. */
public final class Clans {

    private Clans() {
    }

    public static String clanJson(String name, String description) {
        return Json.createObjectBuilder().add("name", name).add("description", description).build().toString();
    }

    /** A fresh, unique clan name (3-40 characters). */
    public static String uniqueName() {
        return Readers.uniqueName("klan");
    }

    /** Creates a clan led by the caller and returns its id. */
    public static long create(Api leader, String name) {
        Api.Reply created = leader.post("/api/v1/clans", clanJson(name, "Klan uji"));
        if (created.status() != 201) {
            throw new IllegalStateException("clan: " + created);
        }
        return created.json().getJsonNumber("id").longValue();
    }

    /** Asks to join and returns the request's id. */
    public static long request(Api reader, long clanId) {
        Api.Reply requested = reader.post("/api/v1/clans/" + clanId + "/join-requests", null);
        if (requested.status() != 201) {
            throw new IllegalStateException("join request: " + requested);
        }
        return requested.json().getJsonNumber("id").longValue();
    }

    public static Api.Reply accept(Api leader, long clanId, long requestId) {
        return leader.post("/api/v1/clans/" + clanId + "/join-requests/" + requestId + "/accept", null);
    }

    /** The reader asks and the leader accepts at once. */
    public static void join(Api leader, Api reader, long clanId) {
        Api.Reply accepted = accept(leader, clanId, request(reader, clanId));
        if (accepted.status() != 204) {
            throw new IllegalStateException("accept: " + accepted);
        }
    }

    /** The clan's pending join requests as its leader sees them. */
    public static jakarta.json.JsonArray pending(Api leader, long clanId) {
        Api.Reply reply = leader.get("/api/v1/clans/" + clanId + "/join-requests");
        if (reply.status() != 200) {
            throw new IllegalStateException("pending requests: " + reply);
        }
        try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    public static JsonObject clan(Api api, long clanId) {
        return api.get("/api/v1/clans/" + clanId).json();
    }

    public static long readerId(Api reader) {
        return reader.get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    /** A fresh reader's API client on the given instance. */
    public static Api reader(Api api, String prefix) {
        return api.withToken(Readers.register(api, prefix).token());
    }
}
