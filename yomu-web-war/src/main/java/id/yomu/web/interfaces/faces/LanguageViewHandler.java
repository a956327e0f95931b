package id.yomu.web.interfaces.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every view speaks the language of the reader's language cookie, Bahasa Indonesia by default, whatever
 * the browser's Accept-Language says: the product's language is a choice the reader makes in the UI.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Locale.forLanguageTag(codeOf((HttpServletRequest) context.getExternalContext().getRequest()));
    }

    static String codeOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> Language.COOKIE.equals(c.getName()) && Language.ENGLISH.equals(c.getValue()));
        return english ? Language.ENGLISH : Language.INDONESIAN;
    }
}
