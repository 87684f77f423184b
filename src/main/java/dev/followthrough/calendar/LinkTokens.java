package dev.followthrough.calendar;

import dev.followthrough.platform.http.UrlTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a commitment's calendar-file URL: an HMAC of its team and id under the server's
 * secret, so the URL can't be guessed from the id and needs nothing stored per commitment.
 */
final class LinkTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    LinkTokens(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String of(String teamId, long commitmentId) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // The separator keeps ("T1", 23) and ("T12", 3) apart.
            var signed = mac.doFinal(("commitment\n" + teamId + "\n" + commitmentId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException("HmacSHA256 is not available", missingFromTheJdk);
        }
    }

    boolean matches(String teamId, long commitmentId, String token) {
        return UrlTokens.sameText(of(teamId, commitmentId), token);
    }
}
