package id.yomu.core.identity.application.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs and checks session tokens (JWT, HS256). The key comes from the environment and is the same
 * on every instance, so any instance accepts any token; revocation is the account's session epoch.
 */
@ApplicationScoped
public class SessionTokens {

    static final String ISSUER = "yomu";
    private static final String EPOCH_CLAIM = "sep";
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    @Inject
    @ConfigProperty(name = "yomu.jwt.secret")
    String secret;

    @Inject
    @ConfigProperty(name = "yomu.session.hours", defaultValue = "24")
    int sessionHours;

    private byte[] key;

    /** The subject and epoch of a token whose signature and lifetime are good. */
    public record Claims(long accountId, int epoch) {
    }

    @PostConstruct
    void loadKey() {
        key = Base64.getDecoder().decode(secret.trim());
        if (key.length < 32) {
            throw new IllegalStateException("yomu.jwt.secret (YOMU_JWT_SECRET) must be base64 of at least 32 bytes");
        }
    }

    public Instant expiryFrom(Instant issuedAt) {
        return issuedAt.plus(Duration.ofHours(sessionHours));
    }

    public String issue(long accountId, int epoch, Instant issuedAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(accountId))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiryFrom(issuedAt)))
                .claim(EPOCH_CLAIM, epoch)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a session token", e);
        }
        return jwt.serialize();
    }

    public Optional<Claims> verify(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || expiry == null
                    || now.minus(CLOCK_SKEW).isAfter(expiry.toInstant())) {
                return Optional.empty();
            }
            Long epoch = claims.getLongClaim(EPOCH_CLAIM);
            return epoch == null ? Optional.empty()
                    : Optional.of(new Claims(Long.parseLong(claims.getSubject()), epoch.intValue()));
        } catch (ParseException | JOSEException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
