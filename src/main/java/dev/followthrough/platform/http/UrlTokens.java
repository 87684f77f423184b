package dev.followthrough.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret part of a URL that is its own key (a calendar feed, a ledger download): made at
 * random, stored, and checked without telling how much of a wrong one was right.
 */
public final class UrlTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UrlTokens() {}

    /** 256 random bits, URL-safe: 43 characters of {@code [A-Za-z0-9_-]}. */
    public static String fresh() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Compares in constant time, so a wrong token's answer doesn't time how much of it was right. */
    public static boolean sameText(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
