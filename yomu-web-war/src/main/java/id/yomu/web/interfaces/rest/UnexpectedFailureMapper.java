package id.yomu.web.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no domain mapper claims: framework errors keep their status as a problem detail, a body
 * that is not the JSON expected is a 400, and a real failure is a 500 with an id to find it in the
 * log, never a stack trace in the response.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.response(status.getStatusCode(), status.getReasonPhrase(), detailOf(status), List.of())
                    .build();
        }
        if (isUnreadableBody(failure)) {
            return Problem.response(Status.BAD_REQUEST, "The request body is not the JSON this endpoint expects",
                    List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return Problem.response(Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; incident " + incident, List.of());
    }

    private static boolean isUnreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof ProcessingException
                    || cause instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    private static String detailOf(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "This resource cannot answer in the media type asked for";
            case 415 -> "Send the body as application/json";
            default -> status.getReasonPhrase();
        };
    }
}
