package id.yomu.core.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.yomu.core.identity.domain.LoginIdentifier.Kind;
import org.junit.jupiter.api.Test;

class LoginIdentifierTest {

    @Test
    void atSignMeansEmail() {
        assertEquals(new LoginIdentifier(Kind.EMAIL, "siti@contoh.id"), LoginIdentifier.parse(" Siti@Contoh.id "));
    }

    @Test
    void leadingPlusOrOnlyDigitsMeanPhone() {
        assertEquals(new LoginIdentifier(Kind.PHONE, "+6281234567"), LoginIdentifier.parse("+62 812-34567"));
        assertEquals(new LoginIdentifier(Kind.PHONE, "081234567"), LoginIdentifier.parse("0812 34567"));
    }

    @Test
    void anythingElseIsAUsername() {
        assertEquals(new LoginIdentifier(Kind.USERNAME, "siti.r"), LoginIdentifier.parse("Siti.R"));
        assertEquals(new LoginIdentifier(Kind.USERNAME, "budi123"), LoginIdentifier.parse("budi123"));
    }

    @Test
    void throttleKeySeparatesKinds() {
        assertEquals("phone:12345678", LoginIdentifier.parse("12345678").throttleKey());
        assertEquals("username:a12345678", LoginIdentifier.parse("a12345678").throttleKey());
    }
}
