package dev.followthrough.platform.workspace;

import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts tokens at rest, read from {@code TOKEN_ENCRYPTION_KEY} (base64 of 32
 * bytes). Its id is written into every ciphertext, so a later key can sit beside this one while rows
 * are re-encrypted.
 */
public final class TokenEncryptionKey {

    static final int KEY_BYTES = 32;
    /** The id of the key given in {@code TOKEN_ENCRYPTION_KEY}; a rotation would bring in 2, 3 … */
    static final int FIRST_KEY_ID = 1;

    private static final String HOW_TO_MAKE = "make one with: openssl rand -base64 32";

    private final int id;
    private final SecretKey key;

    TokenEncryptionKey(int id, byte[] keyBytes) {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("A token key's id is one byte, 1 to 255, not " + id);
        }
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("A token key is " + KEY_BYTES + " bytes, not " + keyBytes.length);
        }
        this.id = id;
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    /**
     * The key from the variable's value.
     *
     * @throws IllegalArgumentException saying what is wrong with it, never repeating the value
     */
    public static TokenEncryptionKey parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("TOKEN_ENCRYPTION_KEY is empty; " + HOW_TO_MAKE);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("TOKEN_ENCRYPTION_KEY is not valid base64; " + HOW_TO_MAKE, notBase64);
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalArgumentException("TOKEN_ENCRYPTION_KEY decodes to " + decoded.length
                    + " bytes, and AES-256 needs exactly " + KEY_BYTES + "; " + HOW_TO_MAKE);
        }
        return new TokenEncryptionKey(FIRST_KEY_ID, decoded);
    }

    int id() {
        return id;
    }

    SecretKey secretKey() {
        return key;
    }

    /** Never the key itself: this may end up in a log line. */
    @Override
    public String toString() {
        return "TokenEncryptionKey[id=" + id + "]";
    }
}
