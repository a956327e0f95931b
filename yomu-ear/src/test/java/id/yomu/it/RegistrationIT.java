package id.yomu.it;

import static id.yomu.it.Readers.PASSWORD;
import static id.yomu.it.Readers.registrationJson;
import static id.yomu.it.Readers.uniqueName;
import static id.yomu.it.Readers.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationIT {

    private final Api api = Api.at(TestEnvironment.instanceUrls().get(0));

    @Test
    void registrationStoresLowerCaseAndLogsTheReaderIn() {
        String username = uniqueName("Siti");
        Api.Reply reply = api.post("/api/v1/auth/register",
                registrationJson(username.toUpperCase(), username.toUpperCase() + "@Contoh.ID", null, PASSWORD));

        assertEquals(201, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertEquals("Bearer", body.getString("token_type"));
        assertFalse(body.getString("expires_at").isBlank());
        JsonObject account = body.getJsonObject("account");
        assertEquals(username, account.getString("username"));
        assertEquals(username + "@contoh.id", account.getString("email"));
        assertEquals("READER", account.getString("role"));

        Api.Reply me = api.withToken(body.getString("token")).get("/api/v1/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(username, me.json().getString("username"));
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        Api.Reply reply = api.post("/api/v1/auth/register",
                "{\"username\":\"x!\",\"display_name\":\"\",\"password\":\"short\",\"email\":\"not-an-email\",\"phone\":\"12\"}");

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(List.of("username", "display_name", "password", "email", "phone"), reply.errorFields());
        assertEquals(400, reply.json().getInt("status"));
    }

    @Test
    void emailOrPhoneIsRequired() {
        Api.Reply reply = api.post("/api/v1/auth/register", registrationJson(uniqueName("nocontact"), null, null, PASSWORD));

        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of("email"), reply.errorFields());
        assertEquals("contact_required", reply.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void passwordEqualToUsernameIsRefused() {
        String username = uniqueName("same1");
        Api.Reply reply = api.post("/api/v1/auth/register", registrationJson(username, null, uniquePhone(), username));

        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of("password"), reply.errorFields());
    }

    @Test
    void duplicatesAnswer409NamingTheFieldAndLeaveNoRow() throws Exception {
        Readers.Reader first = Readers.register(api, "dup");

        Api.Reply sameUsername = api.post("/api/v1/auth/register",
                registrationJson(first.username().toUpperCase(), null, uniquePhone(), PASSWORD));
        String other = uniqueName("dup");
        Api.Reply sameEmail = api.post("/api/v1/auth/register", registrationJson(other, first.email(), null, PASSWORD));
        Api.Reply samePhone = api.post("/api/v1/auth/register",
                registrationJson(other, null, first.phone().substring(0, 4) + " " + first.phone().substring(4), PASSWORD));

        assertEquals(409, sameUsername.status(), sameUsername.body());
        assertEquals(List.of("username"), sameUsername.errorFields());
        assertEquals(409, sameEmail.status(), sameEmail.body());
        assertEquals(List.of("email"), sameEmail.errorFields());
        assertEquals(409, samePhone.status(), samePhone.body());
        assertEquals(List.of("phone"), samePhone.errorFields());
        assertEquals(0, accountsNamed(other), "a failed registration leaves no row");
    }

    @Test
    void missingOrMalformedBodyIsA400ProblemNotA500() {
        Api.Reply empty = api.post("/api/v1/auth/register", "");
        Api.Reply malformed = api.post("/api/v1/auth/register", "{\"username\": ");
        Api.Reply wrongType = api.post("/api/v1/auth/register", "[1,2,3]");

        for (Api.Reply reply : List.of(empty, malformed, wrongType)) {
            assertEquals(400, reply.status(), reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertFalse(reply.body().contains("Exception"), "no stack trace or exception name: " + reply.body());
        }
    }

    @Test
    void aBodyThatIsNotJsonIs415Problem() {
        Api.Reply reply = api.post("/api/v1/auth/register", null);

        assertEquals(415, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.json().getString("detail").contains("application/json"), reply.body());
    }

    @Test
    void markupInTheDisplayNameIsKeptAsText() {
        String username = uniqueName("markup");
        String json = "{\"username\":\"" + username + "\",\"display_name\":\"<script>alert(1)</script>\","
                + "\"password\":\"" + PASSWORD + "\",\"phone\":\"" + uniquePhone() + "\"}";
        Api.Reply reply = api.post("/api/v1/auth/register", json);

        assertEquals(201, reply.status(), reply.body());
        assertEquals("<script>alert(1)</script>", reply.json().getJsonObject("account").getString("display_name"));
    }

    private static int accountsNamed(String username) throws Exception {
        try (Connection db = TestEnvironment.database();
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM core.account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
