package id.yomu.it;

import jakarta.json.Json;
import java.security.SecureRandom;
import java.util.Locale;

/** Registers fresh readers with names no other test uses, so tests never depend on each other. */
public final class Readers {

    public static final String PASSWORD = "rahasia123";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Readers() {
    }

    public record Reader(String username, String email, String phone, String token) {
    }

    public static String uniqueName(String prefix) {
        return (prefix + "-" + Long.toString(Math.abs(RANDOM.nextLong()), 36)).toLowerCase(Locale.ROOT)
                .substring(0, Math.min(30, prefix.length() + 9));
    }

    public static String uniquePhone() {
        return "+628" + (1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 8_999_999_999L));
    }

    public static String registrationJson(String username, String email, String phone, String password) {
        var body = Json.createObjectBuilder()
                .add("username", username)
                .add("display_name", "Pembaca " + username)
                .add("password", password);
        if (email != null) {
            body.add("email", email);
        }
        if (phone != null) {
            body.add("phone", phone);
        }
        return body.build().toString();
    }

    public static Reader register(Api api, String prefix) {
        String username = uniqueName(prefix);
        String email = username + "@contoh.id";
        String phone = uniquePhone();
        Api.Reply reply = api.post("/api/v1/auth/register", registrationJson(username, email, phone, PASSWORD));
        if (reply.status() != 201) {
            throw new IllegalStateException("registration failed: " + reply);
        }
        return new Reader(username, email, phone, reply.json().getString("token"));
    }

    public static String loginJson(String identifier, String password) {
        return Json.createObjectBuilder().add("identifier", identifier).add("password", password).build().toString();
    }

    /** A client address of the IPv6 documentation range, different for each call. */
    public static String uniqueAddress() {
        return "2001:db8::" + Integer.toHexString(RANDOM.nextInt(0xffff)) + ":" + Integer.toHexString(RANDOM.nextInt(0xffff));
    }
}
