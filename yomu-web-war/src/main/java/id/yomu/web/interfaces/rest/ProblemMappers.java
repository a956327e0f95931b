package id.yomu.web.interfaces.rest;

import id.yomu.core.identity.application.AccountDeactivatedException;
import id.yomu.core.identity.application.InvalidCredentialsException;
import id.yomu.core.identity.application.LoginThrottledException;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.ForbiddenActionException;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.web.security.NotAuthenticatedException;
import id.yomu.web.security.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Domain exceptions as problem details: one mapper each, so the status of each is plain to see. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(Status.BAD_REQUEST, "Some fields are not valid", e.errors());
        }
    }

    @Provider
    public static class Duplicate implements ExceptionMapper<DuplicateValueException> {
        @Override
        public Response toResponse(DuplicateValueException e) {
            return Problem.response(Status.CONFLICT, e.field() + " is already taken",
                    List.of(new FieldError(e.field(), "taken", "is already taken")));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(Status.CONFLICT, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class ForbiddenAction implements ExceptionMapper<ForbiddenActionException> {
        @Override
        public Response toResponse(ForbiddenActionException e) {
            return Problem.response(Status.FORBIDDEN, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class InvalidCredentials implements ExceptionMapper<InvalidCredentialsException> {
        @Override
        public Response toResponse(InvalidCredentialsException e) {
            return Problem.response(Status.UNAUTHORIZED, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class NotAuthenticated implements ExceptionMapper<NotAuthenticatedException> {
        @Override
        public Response toResponse(NotAuthenticatedException e) {
            return Problem.response(Status.UNAUTHORIZED, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Deactivated implements ExceptionMapper<AccountDeactivatedException> {
        @Override
        public Response toResponse(AccountDeactivatedException e) {
            return Problem.response(Status.FORBIDDEN, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<NotAuthorizedException> {
        @Override
        public Response toResponse(NotAuthorizedException e) {
            return Problem.response(Status.FORBIDDEN, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Throttled implements ExceptionMapper<LoginThrottledException> {
        @Override
        public Response toResponse(LoginThrottledException e) {
            return Problem.response(Status.TOO_MANY_REQUESTS.getStatusCode(), "Too Many Requests", e.getMessage(),
                            List.of())
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                    .build();
        }
    }
}
