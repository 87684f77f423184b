package dev.followthrough.platform.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts tokens for the database with AES-256-GCM. A ciphertext is {@code key id (1 byte) | nonce
 * (12 bytes) | encrypted token and 128-bit tag}. The associated data names the row and the column
 * ("bot|E1|T1"), so a ciphertext copied into another row or column does not decrypt; the key id is
 * authenticated with it.
 */
final class TokenCipher {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 1 + NONCE_BYTES;

    private final TokenEncryptionKey current;
    private final Map<Integer, TokenEncryptionKey> keysById;
    private final SecureRandom random;

    /** Encrypts with {@code current}; decrypts with it or any of {@code older} (a rotation under way). */
    TokenCipher(TokenEncryptionKey current, List<TokenEncryptionKey> older, SecureRandom random) {
        this.current = current;
        this.keysById = Stream.concat(Stream.of(current), older.stream())
                .collect(Collectors.toUnmodifiableMap(TokenEncryptionKey::id, Function.identity()));
        this.random = random;
    }

    TokenCipher(TokenEncryptionKey current) {
        this(current, List.of(), new SecureRandom());
    }

    /** A token can't be read back: another key, a changed byte, or a ciphertext from another row. */
    static final class Undecryptable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undecryptable(String why) {
            super(why);
        }
    }

    byte[] encrypt(String token, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed =
                run(Cipher.ENCRYPT_MODE, current, nonce, associatedData, token.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(HEADER_BYTES + sealed.length)
                .put((byte) current.id())
                .put(nonce)
                .put(sealed)
                .array();
    }

    String decrypt(byte[] ciphertext, String associatedData) {
        if (ciphertext.length < HEADER_BYTES + TAG_BITS / 8) {
            throw new Undecryptable("A stored token is too short to be a ciphertext (" + ciphertext.length + " bytes)");
        }
        int keyId = Byte.toUnsignedInt(ciphertext[0]);
        var key = keysById.get(keyId);
        if (key == null) {
            throw new Undecryptable("A stored token was encrypted with key " + keyId
                    + ", which is not configured (TOKEN_ENCRYPTION_KEY is key " + current.id() + ")");
        }
        byte[] nonce = Arrays.copyOfRange(ciphertext, 1, HEADER_BYTES);
        byte[] sealed = Arrays.copyOfRange(ciphertext, HEADER_BYTES, ciphertext.length);
        return new String(run(Cipher.DECRYPT_MODE, key, nonce, associatedData, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, TokenEncryptionKey key, byte[] nonce, String associatedData, byte[] input) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[] {(byte) key.id()});
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException refused) {
            throw new Undecryptable("A stored token does not decrypt with key " + key.id()
                    + ": another key made it, it was changed, or it belongs to another row");
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", unavailable);
        }
    }
}
