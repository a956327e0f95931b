package id.yomu.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The reader's language: Bahasa Indonesia unless the language cookie says English. */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "yomu_lang";
    static final String INDONESIAN = "id";
    static final String ENGLISH = "en";

    @Inject
    HttpServletRequest request;

    public String getCode() {
        return LanguageViewHandler.codeOf(request);
    }

    public String getOther() {
        return ENGLISH.equals(getCode()) ? INDONESIAN : ENGLISH;
    }
}
