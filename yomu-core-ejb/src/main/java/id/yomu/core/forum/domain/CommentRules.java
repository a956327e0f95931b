package id.yomu.core.forum.domain;

import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import java.util.List;

/**
 * The rules of spec §3 for what a reader types: a comment body of 1 to 5000 characters and a report
 * reason of 1 to 500, both kept exactly as typed (the UI escapes them), and an emoji of the fixed set.
 * Lengths count characters as PostgreSQL does (code points), so an emoji counts once.
 */
public final class CommentRules {

    public static final int BODY_MAX = 5000;
    public static final int REASON_MAX = 500;
    /** 👍 ❤️ 😂 😮 😢, in the order the UI shows them. */
    public static final List<String> EMOJIS = List.of("\uD83D\uDC4D", "\u2764\uFE0F", "\uD83D\uDE02", "\uD83D\uDE2E",
            "\uD83D\uDE22");
    private static final String HEART_WITHOUT_VARIATION = "\u2764";

    private CommentRules() {
    }

    public static String checkedBody(String body) {
        return checkedText("body", body, BODY_MAX);
    }

    public static String checkedReason(String reason) {
        return checkedText("reason", reason, REASON_MAX);
    }

    /** The emoji in its stored form; a heart typed without its variation selector is the same heart. */
    public static String checkedEmoji(String emoji) {
        if (emoji == null || emoji.isBlank()) {
            throw new InvalidInputException(FieldError.required("emoji"));
        }
        String normalized = HEART_WITHOUT_VARIATION.equals(emoji) ? EMOJIS.get(1) : emoji;
        if (!EMOJIS.contains(normalized)) {
            throw new InvalidInputException(new FieldError("emoji", "unknown", "must be one of " + String.join(" ", EMOJIS)));
        }
        return normalized;
    }

    private static String checkedText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FieldError.required(field));
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidInputException(new FieldError(field, "too_long", "must be at most " + max + " characters"));
        }
        return text;
    }
}
