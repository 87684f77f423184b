package dev.followthrough.platform.workspace;

import dev.followthrough.Config;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts tokens at rest, from {@code TOKEN_ENCRYPTION_KEY}. Its id is
 * written into every ciphertext, so a later key can sit beside this one while rows are re-encrypted.
 */
final class TokenEncryptionKey {

    static final int KEY_BYTES = 32;
    /** The id of the key given in {@code TOKEN_ENCRYPTION_KEY}; a rotation would bring in 2, 3 … */
    static final int FIRST_KEY_ID = 1;

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

    /** The key {@code TOKEN_ENCRYPTION_KEY} gives, as start-up read it. */
    static TokenEncryptionKey of(Config.EncryptionKey configured) {
        return new TokenEncryptionKey(FIRST_KEY_ID, configured.bytes());
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
