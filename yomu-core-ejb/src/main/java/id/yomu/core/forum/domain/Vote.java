package id.yomu.core.forum.domain;

import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Optional;

/** A reader's vote on a comment, stored as +1 or -1. Voting is a toggle (see {@link #after}). */
public enum Vote {
    UPVOTE(1),
    DOWNVOTE(-1);

    private final int stored;

    Vote(int stored) {
        this.stored = stored;
    }

    public int stored() {
        return stored;
    }

    public static Vote ofStored(int value) {
        return value > 0 ? UPVOTE : DOWNVOTE;
    }

    public static Vote parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(FieldError.required("value"));
        }
        return Arrays.stream(values()).filter(vote -> vote.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        new FieldError("value", "unknown", "must be UPVOTE or DOWNVOTE")));
    }

    /** The vote after a click: the same vote again takes it back, the other one replaces it. */
    public static Optional<Vote> after(Optional<Vote> current, Vote clicked) {
        return current.filter(clicked::equals).isPresent() ? Optional.empty() : Optional.of(clicked);
    }
}
