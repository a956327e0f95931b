package id.yomu.web.interfaces.faces;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /lang?to=en&back=/page}: remembers the language in a cookie and returns to the page. */
@WebServlet("/lang")
public class LanguageServlet extends HttpServlet {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = Language.ENGLISH.equals(request.getParameter("to")) ? Language.ENGLISH : Language.INDONESIAN;
        Cookie cookie = new Cookie(Language.COOKIE, to);
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + LocalPaths.localOrHome(request.getParameter("back")));
    }
}
