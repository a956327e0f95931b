package id.yomu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the reader's machine. Behind NGINX every request comes from the proxy, so the
 * address NGINX appended to X-Forwarded-For counts, but only when the direct peer is a trusted proxy.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "yomu.trusted-proxies", defaultValue = "127.0.0.1,0:0:0:0:0:0:0:1,::1")
    List<String> trustedProxies;

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String client = hops[hops.length - 1].trim();
        return client.isEmpty() || client.length() > 64 ? peer : client;
    }
}
