package id.yomu.web.interfaces.rest.identity;

import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;

/** A missing JSON body is the client's mistake, said plainly rather than as a null pointer. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(new FieldError("body", "required", "a JSON request body is required"));
        }
        return body;
    }
}
