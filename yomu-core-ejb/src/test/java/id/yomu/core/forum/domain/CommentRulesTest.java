package id.yomu.core.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.yomu.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CommentRulesTest {

    @Test
    void bodyIsKeptExactlyAsTyped() {
        String typed = "  <b>halo</b>\n\nbaris dua  ";
        assertEquals(typed, CommentRules.checkedBody(typed));
    }

    @Test
    void emptyOrBlankBodyIsRequired() {
        assertEquals("required", code(() -> CommentRules.checkedBody("")));
        assertEquals("required", code(() -> CommentRules.checkedBody(" \n\t")));
        assertEquals("required", code(() -> CommentRules.checkedBody(null)));
    }

    @Test
    void bodyLengthCountsCharactersNotUtf16Units() {
        assertEquals(5000, CommentRules.checkedBody("a".repeat(5000)).length());
        assertEquals("too_long", code(() -> CommentRules.checkedBody("a".repeat(5001))));
        String emojis = "\uD83D\uDE02".repeat(5000);
        assertEquals(emojis, CommentRules.checkedBody(emojis));
    }

    @Test
    void reasonIsOneTo500Characters() {
        assertEquals("spam", CommentRules.checkedReason("spam"));
        assertEquals("too_long", code(() -> CommentRules.checkedReason("x".repeat(501))));
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> CommentRules.checkedReason(""));
        assertEquals("reason", blank.errors().get(0).field());
    }

    @Test
    void onlyTheFiveEmojisAreReactions() {
        CommentRules.EMOJIS.forEach(emoji -> assertEquals(emoji, CommentRules.checkedEmoji(emoji)));
        assertEquals("\u2764\uFE0F", CommentRules.checkedEmoji("\u2764"), "a bare heart is the same heart");
        InvalidInputException other = assertThrows(InvalidInputException.class,
                () -> CommentRules.checkedEmoji("\uD83D\uDE21"));
        assertEquals("emoji", other.errors().get(0).field());
        assertEquals("unknown", other.errors().get(0).code());
        assertEquals("required", code(() -> CommentRules.checkedEmoji(null)));
    }

    private static String code(org.junit.jupiter.api.function.Executable check) {
        return assertThrows(InvalidInputException.class, check).errors().get(0).code();
    }
}
