package id.yomu.core.identity.domain;

import java.util.regex.Pattern;

/**
 * What a reader typed to log in: '@' means an email, a leading '+' or only digits (separators
 * allowed) a phone, anything else a username. The normalised value is also the throttling key.
 */
public record LoginIdentifier(Kind kind, String value) {

    public enum Kind {
        USERNAME,
        EMAIL,
        PHONE
    }

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+.*|[0-9\\s.\\-]+");

    public static LoginIdentifier parse(String raw) {
        String typed = raw == null ? "" : raw.trim();
        if (typed.contains("@")) {
            return new LoginIdentifier(Kind.EMAIL, AccountRules.normalizeEmail(typed));
        }
        if (!typed.isEmpty() && PHONE_LIKE.matcher(typed).matches()) {
            return new LoginIdentifier(Kind.PHONE, AccountRules.normalizePhone(typed));
        }
        return new LoginIdentifier(Kind.USERNAME, AccountRules.normalizeUsername(typed));
    }

    public String throttleKey() {
        return kind.name().toLowerCase() + ":" + value;
    }
}
