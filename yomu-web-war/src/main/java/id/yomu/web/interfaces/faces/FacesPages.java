package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** What every page bean does the same way: messages in the reader's language, redirects, the raw exchange. */
final class FacesPages {

    private FacesPages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            return MessageFormat.format(bundle.getString(key), arguments);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static void pageMessage(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    /** Each error next to its field (component id = field name), plus one line on top. */
    static void fieldErrors(List<FieldError> errors) {
        pageMessage(FacesMessage.SEVERITY_ERROR, "error.form");
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : errors) {
            String detail = describe(error);
            faces.addMessage(error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, detail, detail));
        }
    }

    /** Each error as a line on top, for forms whose fields are not components of their own (list rows). */
    static void pageErrors(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : errors) {
            String detail = describe(error);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, detail, detail));
        }
    }

    private static String describe(FieldError error) {
        String translated = text("error." + error.code());
        String label = text("field." + error.field());
        return (label == null ? error.field() : label) + ": " + (translated == null ? error.message() : translated);
    }

    static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A whole number from the request, or null when it is missing or not a number. */
    static Long number(String name) {
        String raw = parameter(name);
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Ends the request with an error page of this status. */
    static void sendError(int status, String why) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, why);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    /**
     * The view action's answer to a visitor without a login: the login page, which brings them back here
     * (path and query) once they have logged in.
     */
    static String logInThenReturn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = request();
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            faces.getExternalContext().redirect(request.getContextPath() + "/login.xhtml?next="
                    + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new jakarta.faces.FacesException(e);
        }
        faces.responseComplete();
        return null;
    }

    static String redirect(String view) {
        return view + "?faces-redirect=true";
    }
}
