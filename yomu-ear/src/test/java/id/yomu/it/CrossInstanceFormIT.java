package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Balancing has no affinity: a form rendered by blue-1 must work when it is posted to blue-2. */
class CrossInstanceFormIT {

    private static final Pattern FORM = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN_OR_SUBMIT = Pattern.compile("<input[^>]*type=\"(?:hidden|submit)\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loginFormFromBlue1IsAcceptedByBlue2() throws Exception {
        String blue1 = TestEnvironment.instanceUrls().get(0);
        String blue2 = TestEnvironment.instanceUrls().get(1);
        Readers.Reader reader = Readers.register(Api.at(blue1), "crossform");

        String page = http.send(HttpRequest.newBuilder(URI.create(blue1 + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher form = FORM.matcher(page);
        assertTrue(form.find(), "the login page has its form");
        String formHtml = page.substring(form.start(), page.indexOf("</form>", form.start()));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN_OR_SUBMIT.matcher(formHtml);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1) : "");
            }
        }
        assertTrue(fields.containsKey("login-submit"), "the login form has its submit button: " + fields);
        assertTrue(fields.containsKey("jakarta.faces.ViewState"), "and its view state field: " + fields);
        fields.put("identifier", reader.username());
        fields.put("password", Readers.PASSWORD);

        HttpResponse<String> posted = post(blue2 + form.group(1).replace("&amp;", "&"), fields);

        assertEquals(302, posted.statusCode(), "blue-2 processed blue-1's form and redirected: " + posted.body());
        String cookie = posted.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("yomu_session=")).findFirst().orElse(null);
        assertNotNull(cookie, "the login set the session cookie");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
