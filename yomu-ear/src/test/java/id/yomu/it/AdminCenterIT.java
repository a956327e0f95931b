package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** The Liberty Admin Center and its REST API: over HTTPS, for the operator (administrator role) only. */
class AdminCenterIT {

    /** blue-1's HTTPS port is its HTTP port + 360, whatever YOMU_PORT_OFFSET moved both to. */
    private static final String BLUE1_HTTPS = "https://127.0.0.1:"
            + (URI.create(TestEnvironment.instanceUrls().get(0)).getPort() + 360);

    @Test
    void operatorGetsInOverHttpsAndNobodyElseDoes() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheInstancesOwnCertificate())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String operator = System.getProperty("yomu.ops.user") + ":" + System.getProperty("yomu.ops.password");
        Readers.Reader reader = Readers.register(Api.at(TestEnvironment.instanceUrls().get(0)), "notops");

        int asOperator = status(https, "/ibm/api/", "Basic " + base64(operator));
        int anonymous = status(https, "/ibm/api/", null);
        int wrongPassword = status(https, "/ibm/api/", "Basic " + base64(System.getProperty("yomu.ops.user") + ":wrong"));
        int asYomuReader = status(https, "/ibm/api/", "Bearer " + reader.token());
        int adminCenter = status(https, "/adminCenter/", null);

        assertEquals(200, asOperator);
        assertEquals(401, anonymous);
        assertEquals(401, wrongPassword);
        assertTrue(asYomuReader == 401 || asYomuReader == 403, "a Yomu reader is no operator: " + asYomuReader);
        assertTrue(adminCenter == 200 || adminCenter == 302, "the Admin Center answers over HTTPS: " + adminCenter);
    }

    private static int status(HttpClient client, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BLUE1_HTTPS + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The instance generates its own self-signed certificate on first start; this test talks to loopback only. */
    private static SSLContext trustingTheInstancesOwnCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not a client certificate exchange
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the loopback instance's self-signed certificate
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }
}
