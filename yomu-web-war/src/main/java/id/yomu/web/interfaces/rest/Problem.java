package id.yomu.web.interfaces.rest;

import id.yomu.core.shared.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, with the bad fields named in {@code errors}. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail, List<FieldError> errors) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, errors).build();
    }

    public static Response.ResponseBuilder response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors));
    }
}
