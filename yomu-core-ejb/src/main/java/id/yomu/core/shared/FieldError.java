package id.yomu.core.shared;

/**
 * One bad input field: which, a stable code a client (or the UI's language bundle) can act on, and an
 * English message a person can read.
 */
public record FieldError(String field, String code, String message) {

    public static FieldError required(String field) {
        return new FieldError(field, "required", "is required");
    }
}
