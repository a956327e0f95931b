package id.yomu.it;

import static id.yomu.it.Readers.PASSWORD;
import static id.yomu.it.Readers.loginJson;
import static id.yomu.it.Readers.uniqueAddress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

class LoginIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));

    @Test
    void logsInByUsernameEmailOrPhone() {
        Readers.Reader reader = Readers.register(api, "login");
        String spacedPhone = reader.phone().substring(0, 6) + "-" + reader.phone().substring(6);

        for (String identifier : new String[] {reader.username().toUpperCase(), reader.email(), spacedPhone}) {
            Api.Reply reply = api.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(identifier, PASSWORD));
            assertEquals(200, reply.status(), identifier + " -> " + reply.body());
            assertEquals(reader.username(), reply.json().getJsonObject("account").getString("username"));
        }
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameGenericAnswer() {
        Readers.Reader reader = Readers.register(api, "generic");
        Api.Reply wrongPassword = api.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), "salah12345"));
        Api.Reply unknown = api.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(Readers.uniqueName("ghost"), "salah12345"));

        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknown.status());
        assertEquals(wrongPassword.json().getString("detail"), unknown.json().getString("detail"));
    }

    @Test
    void oversizedOrMissingFieldsAre400NotAServerError() {
        Api anywhere = api.fromAddress(uniqueAddress());
        Api.Reply longIdentifier = anywhere.post("/api/v1/auth/login", loginJson("u".repeat(10_000), "salah12345"));
        Api.Reply longPassword = anywhere.post("/api/v1/auth/login", loginJson("someone", "p1".repeat(50_000)));
        Api.Reply missing = anywhere.post("/api/v1/auth/login", "{}");

        assertEquals(400, longIdentifier.status(), longIdentifier.body());
        assertEquals(java.util.List.of("identifier"), longIdentifier.errorFields());
        assertEquals(java.util.List.of("password"), longPassword.errorFields());
        assertEquals(java.util.List.of("identifier", "password"), missing.errorFields());
    }

    @Test
    void deactivatedAccountIsRefusedWithItsOwnMessage() throws Exception {
        Readers.Reader reader = Readers.register(api, "deact");
        try (Connection db = TestEnvironment.database();
             PreparedStatement update = db.prepareStatement("UPDATE core.account SET status = 'DEACTIVATED' WHERE username = ?")) {
            update.setString(1, reader.username());
            assertEquals(1, update.executeUpdate());
        }
        Api.Reply reply = api.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), PASSWORD));
        Api.Reply wrong = api.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), "salah12345"));

        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.json().getString("detail").contains("deactivated"), reply.body());
        assertNotEquals(wrong.json().getString("detail"), reply.json().getString("detail"));
        assertEquals(401, api.withToken(reader.token()).get("/api/v1/me").status(), "its old token stops working");
    }

    @Test
    void fiveFailuresForOneAccountThrottleItWithRetryAfter() {
        Readers.Reader reader = Readers.register(api, "throttle");
        for (int i = 0; i < 5; i++) {
            Api.Reply failure = api.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), "salah12345"));
            assertEquals(401, failure.status(), "failure " + (i + 1));
        }
        Api.Reply throttled = api.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), PASSWORD));

        assertEquals(429, throttled.status(), throttled.body());
        assertNotNull(throttled.header("Retry-After"));
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(throttled.contentType().startsWith("application/problem+json"));
    }

    @Test
    void twentyFailuresFromOneAddressThrottleThatAddress() {
        Api fromOneAddress = api.fromAddress(uniqueAddress());
        for (int i = 0; i < 20; i++) {
            Api.Reply failure = fromOneAddress.post("/api/v1/auth/login", loginJson(Readers.uniqueName("nobody"), "salah12345"));
            assertEquals(401, failure.status(), "failure " + (i + 1));
        }
        Readers.Reader reader = Readers.register(api, "victim");

        Api.Reply throttled = fromOneAddress.post("/api/v1/auth/login", loginJson(reader.username(), PASSWORD));
        Api.Reply elsewhere = api.fromAddress(uniqueAddress()).post("/api/v1/auth/login", loginJson(reader.username(), PASSWORD));

        assertEquals(429, throttled.status(), throttled.body());
        assertNotNull(throttled.header("Retry-After"));
        assertEquals(200, elsewhere.status(), "another address is not throttled");
    }
}
