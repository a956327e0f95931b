package id.yomu.core.identity.domain;

import id.yomu.core.shared.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of spec §1 for the fields of an account: each check returns the error for its field,
 * or nothing, so that callers can name every bad field at once. Normalisers turn accepted input
 * into the stored form (lower-case username and email, phone without separators).
 */
public final class AccountRules {

    public static final int BIO_MAX = 160;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,30}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private AccountRules() {
    }

    public static String normalizeUsername(String raw) {
        return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    public static String normalizeEmail(String raw) {
        return blankToNull(raw) == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    public static String normalizePhone(String raw) {
        return blankToNull(raw) == null ? null : PHONE_SEPARATORS.matcher(raw.trim()).replaceAll("");
    }

    public static String normalizeText(String raw) {
        return blankToNull(raw) == null ? null : raw.strip();
    }

    public static FieldError checkUsername(String username) {
        if (username == null || username.isEmpty()) {
            return FieldError.required("username");
        }
        if (!USERNAME.matcher(username).matches()) {
            return new FieldError("username", "invalid", "must be 3 to 30 characters of a-z, 0-9, '.', '_' or '-'");
        }
        return null;
    }

    public static FieldError checkDisplayName(String displayName) {
        if (displayName == null || displayName.isEmpty()) {
            return FieldError.required("display_name");
        }
        if (displayName.codePointCount(0, displayName.length()) > DISPLAY_NAME_MAX) {
            return new FieldError("display_name", "too_long", "must be at most " + DISPLAY_NAME_MAX + " characters");
        }
        return null;
    }

    public static FieldError checkEmail(String email) {
        if (email == null) {
            return null;
        }
        if (email.length() > EMAIL_MAX) {
            return new FieldError("email", "too_long", "must be at most " + EMAIL_MAX + " characters");
        }
        if (!EMAIL.matcher(email).matches()) {
            return new FieldError("email", "invalid", "is not a valid email address");
        }
        return null;
    }

    public static FieldError checkPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (!PHONE.matcher(phone).matches()) {
            return new FieldError("phone", "invalid", "must be 8 to 15 digits, optionally starting with '+'");
        }
        return null;
    }

    public static FieldError checkContact(String email, String phone) {
        if (email == null && phone == null) {
            return new FieldError("email", "contact_required", "an email or a phone number is required");
        }
        return null;
    }

    public static FieldError checkPassword(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            return FieldError.required(field);
        }
        if (password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            return new FieldError(field, "password_length", "must be 8 to 128 characters");
        }
        if (WHITESPACE.matcher(password).find()) {
            return new FieldError(field, "password_whitespace", "must not contain whitespace");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return new FieldError(field, "password_weak", "must contain at least one letter and one digit");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return new FieldError(field, "password_is_username", "must not be the same as the username");
        }
        return null;
    }

    public static FieldError checkBio(String bio) {
        if (bio != null && bio.codePointCount(0, bio.length()) > BIO_MAX) {
            return new FieldError("bio", "too_long", "must be at most " + BIO_MAX + " characters");
        }
        return null;
    }

    /** Keeps the errors that were found, in the order the checks ran. */
    public static List<FieldError> found(FieldError... checks) {
        return java.util.Arrays.stream(checks).filter(java.util.Objects::nonNull).toList();
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw;
    }
}
