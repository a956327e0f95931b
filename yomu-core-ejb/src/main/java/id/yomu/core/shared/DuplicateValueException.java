package id.yomu.core.shared;

import jakarta.ejb.ApplicationException;

/** A value that must be unique is already taken; the field says which. */
@ApplicationException(rollback = true)
public class DuplicateValueException extends RuntimeException {

    private final String field;

    public DuplicateValueException(String field) {
        super(field + " is already taken");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
