package id.yomu.it;

import static id.yomu.it.Readers.PASSWORD;
import static id.yomu.it.Readers.loginJson;
import static id.yomu.it.Readers.uniqueAddress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionIT {

    private final Api blue1 = Api.at(TestEnvironment.instanceUrls().get(0));
    private final Api blue2 = Api.at(TestEnvironment.instanceUrls().get(1));

    @Test
    void aTokenFromOneInstanceIsAcceptedByTheOther() {
        Readers.Reader reader = Readers.register(blue1, "stateless");

        Api.Reply me = blue2.withToken(reader.token()).get("/api/v1/me");

        assertEquals(200, me.status(), me.body());
        assertEquals(reader.username(), me.json().getString("username"));
    }

    @Test
    void withoutATokenTheApiAnswers401Problem() {
        Api.Reply reply = blue1.get("/api/v1/me");
        Api.Reply forged = blue1.withToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl").get("/api/v1/me");

        assertEquals(401, reply.status());
        assertEquals(401, forged.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
    }

    @Test
    void logOutEverywhereRevokesEveryEarlierToken() {
        Readers.Reader reader = Readers.register(blue1, "everywhere");
        String second = blue1.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), PASSWORD))
                .json().getString("token");

        assertEquals(204, blue2.withToken(second).post("/api/v1/auth/logout-everywhere", null).status());

        assertEquals(401, blue1.withToken(reader.token()).get("/api/v1/me").status());
        assertEquals(401, blue2.withToken(second).get("/api/v1/me").status());
        String fresh = blue1.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), PASSWORD))
                .json().getString("token");
        assertEquals(200, blue2.withToken(fresh).get("/api/v1/me").status(), "a new login works again");
    }

    @Test
    void passwordChangeNeedsTheCurrentOneAndRevokesOlderTokens() {
        Readers.Reader reader = Readers.register(blue1, "passwd");
        Api me = blue1.withToken(reader.token());

        Api.Reply wrongCurrent = me.put("/api/v1/me/password",
                "{\"current_password\":\"salah12345\",\"new_password\":\"baru12345\"}");
        Api.Reply weak = me.put("/api/v1/me/password", "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"lemah\"}");
        Api.Reply changed = me.put("/api/v1/me/password", "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"baru12345\"}");

        assertEquals(400, wrongCurrent.status());
        assertEquals(List.of("current_password"), wrongCurrent.errorFields());
        assertEquals(List.of("new_password"), weak.errorFields());
        assertEquals(200, changed.status(), changed.body());
        assertEquals(401, me.get("/api/v1/me").status(), "the token from before the change is revoked");
        assertEquals(200, blue2.withToken(changed.json().getString("token")).get("/api/v1/me").status());
        assertEquals(200, blue1.fromAddress(uniqueAddress()).post("/api/v1/auth/login",
                loginJson(reader.username(), "baru12345")).status());
    }

    @Test
    void profileEditKeepsMissingFieldsAndValidatesTheRest() {
        Readers.Reader reader = Readers.register(blue1, "profile");
        Readers.Reader other = Readers.register(blue1, "profile");
        Api me = blue1.withToken(reader.token());

        Api.Reply edited = me.patch("/api/v1/me", "{\"display_name\":\"Siti Rahma\",\"bio\":\"Suka membaca.\"}");
        Api.Reply tooLong = me.patch("/api/v1/me", "{\"bio\":\"" + "x".repeat(161) + "\"}");
        Api.Reply takenEmail = me.patch("/api/v1/me", "{\"email\":\"" + other.email() + "\"}");
        Api.Reply noContactLeft = me.patch("/api/v1/me", "{\"email\":\"\",\"phone\":\"\"}");

        assertEquals(200, edited.status(), edited.body());
        JsonObject profile = edited.json();
        assertEquals("Siti Rahma", profile.getString("display_name"));
        assertEquals("Suka membaca.", profile.getString("bio"));
        assertEquals(reader.email(), profile.getString("email"), "a missing field keeps its value");
        assertEquals(List.of("bio"), tooLong.errorFields());
        assertEquals(409, takenEmail.status());
        assertEquals(List.of("email"), takenEmail.errorFields());
        assertEquals(400, noContactLeft.status());
        assertEquals("Siti Rahma", me.get("/api/v1/me").json().getString("display_name"), "failed edits changed nothing");
    }

    @Test
    void deletedAccountCannotLogInAndItsTokenDies() {
        Readers.Reader reader = Readers.register(blue1, "leaver");
        Api me = blue1.withToken(reader.token());

        Api.Reply wrongPassword = me.delete("/api/v1/me", "{\"password\":\"salah12345\"}");
        Api.Reply deleted = me.delete("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}");

        assertEquals(400, wrongPassword.status());
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(401, me.get("/api/v1/me").status());
        Api.Reply login = blue1.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), PASSWORD));
        assertEquals(401, login.status());
        Api.Reply reRegister = blue1.post("/api/v1/auth/register",
                Readers.registrationJson(Readers.uniqueName("again"), reader.email(), null, PASSWORD));
        assertEquals(201, reRegister.status(), "the email of a deleted account is free again");
        assertFalse(reRegister.json().getString("token").isBlank());
    }
}
