package id.yomu.engine.achievements.domain;

/** Readers show at most three of their unlocked achievements on their profile. */
public final class PinRules {

    public static final int MAX_PINNED = 3;

    private PinRules() {
    }

    /** Why this pin is refused, or null when it may happen; pinning one already pinned is allowed and changes nothing. */
    public static PinRefusal check(boolean unlocked, boolean alreadyPinned, int pinnedCount) {
        if (!unlocked) {
            return PinRefusal.LOCKED;
        }
        if (!alreadyPinned && pinnedCount >= MAX_PINNED) {
            return PinRefusal.TOO_MANY;
        }
        return null;
    }

    public enum PinRefusal {
        LOCKED("Only an unlocked achievement can be pinned"),
        TOO_MANY("At most " + MAX_PINNED + " achievements can be pinned; unpin one first");

        private final String message;

        PinRefusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
