package id.yomu.web.interfaces.faces;

import id.yomu.web.security.NotAuthenticatedException;
import id.yomu.web.security.NotAuthorizedException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A page action that needs a login or the admin role, reached without it (a forged or stale POST), ends
 * as the login page or a 403, never as a server error.
 */
public class AccessDeniedExceptionHandler extends ExceptionHandlerWrapper {

    public AccessDeniedExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = events.next().getContext().getException();
            while (cause != null && !(cause instanceof NotAuthenticatedException) && !(cause instanceof NotAuthorizedException)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                events.remove();
                deny(cause instanceof NotAuthenticatedException);
            }
        }
        getWrapped().handle();
    }

    private static void deny(boolean needsLogin) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (needsLogin) {
            try {
                external.redirect(external.getRequestContextPath() + "/login.xhtml");
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
            return;
        }
        // The error page is rendered by this very request. A container error dispatch (sendError) would run a
        // second Faces request inside this one, which releases this request's FacesContext under its own
        // lifecycle: the reader saw the 403, but the server logged a 500.
        external.setResponseStatus(403);
        external.getRequestMap().put("jakarta.servlet.error.status_code", 403);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, "/error.xhtml"));
        faces.renderResponse();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AccessDeniedExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
