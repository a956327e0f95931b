package id.yomu.core.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.yomu.core.shared.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "siti.rahma", "a_b-c.9", "abcdefghijklmnopqrstuvwxyz0123"})
    void acceptsUsernamesOfTheAllowedAlphabet(String username) {
        assertNull(AccountRules.checkUsername(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "abcdefghijklmnopqrstuvwxyz01234", "siti rahma", "siti!", "<b>x</b>"})
    void rejectsOtherUsernames(String username) {
        assertEquals("username", AccountRules.checkUsername(username).field());
    }

    @Test
    void storesUsernameAndEmailLowerCase() {
        assertEquals("siti", AccountRules.normalizeUsername("  SiTi "));
        assertEquals("siti@contoh.id", AccountRules.normalizeEmail("Siti@Contoh.ID"));
    }

    @Test
    void phoneLosesSpacesDotsAndDashes() {
        assertEquals("+6281234567890", AccountRules.normalizePhone("+62 812-3456.7890"));
        assertNull(AccountRules.checkPhone("+6281234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "1234567890123456", "+62-abc-1234", "++62812345678"})
    void rejectsPhonesOutsideEightToFifteenDigits(String raw) {
        assertNotNull(AccountRules.checkPhone(AccountRules.normalizePhone(raw)));
    }

    @Test
    void emailMustBeValidAndShort() {
        assertNull(AccountRules.checkEmail("siti@contoh.id"));
        assertEquals("email", AccountRules.checkEmail("siti@").field());
        assertEquals("email", AccountRules.checkEmail("a".repeat(250) + "@x.id").field());
    }

    @Test
    void passwordNeedsLetterDigitLengthNoWhitespaceAndNotTheUsername() {
        assertNull(AccountRules.checkPassword("password", "rahasia123", "siti"));
        assertNotNull(AccountRules.checkPassword("password", "short1", "siti"));
        assertNotNull(AccountRules.checkPassword("password", "onlyletters", "siti"));
        assertNotNull(AccountRules.checkPassword("password", "12345678", "siti"));
        assertNotNull(AccountRules.checkPassword("password", "rahasia 123", "siti"));
        assertNotNull(AccountRules.checkPassword("password", "a1".repeat(65), "siti"));
        assertNotNull(AccountRules.checkPassword("password", "siti12345", "SITI12345"));
    }

    @Test
    void displayNameCountsCharactersNotBytes() {
        assertNull(AccountRules.checkDisplayName("😀".repeat(100)));
        assertEquals("display_name", AccountRules.checkDisplayName("😀".repeat(101)).field());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        List<FieldError> errors = AccountRules.found(
                AccountRules.checkUsername("x"),
                AccountRules.checkDisplayName(null),
                AccountRules.checkContact(null, null));
        assertEquals(List.of("username", "display_name", "email"), errors.stream().map(FieldError::field).toList());
    }
}
