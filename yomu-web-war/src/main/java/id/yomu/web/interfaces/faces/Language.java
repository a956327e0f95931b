package id.yomu.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;

/** The reader's language: Bahasa Indonesia unless the language cookie says English. */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "yomu_lang";
    static final String INDONESIAN = "id";
    static final String ENGLISH = "en";

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public String getCode() {
        Cookie[] cookies = request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && ENGLISH.equals(c.getValue()));
        return english ? ENGLISH : INDONESIAN;
    }

    public String getOther() {
        return ENGLISH.equals(getCode()) ? INDONESIAN : ENGLISH;
    }
}
