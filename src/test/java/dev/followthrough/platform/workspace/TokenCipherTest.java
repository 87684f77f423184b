package dev.followthrough.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.followthrough.support.RunningFollowthrough;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final String TOKEN = "xoxb-1234-5678-abcdefghijkl";
    private static final String ROW = InstallationRows.associatedData("bot", "E1", "T1", null);

    private final TokenCipher cipher = new TokenCipher(randomKey(TokenEncryptionKey.FIRST_KEY_ID));

    @Test
    void aTokenComesBackAsItWent() {
        assertThat(cipher.decrypt(cipher.encrypt(TOKEN, ROW), ROW)).isEqualTo(TOKEN);
        assertThat(cipher.decrypt(cipher.encrypt("", ROW), ROW)).isEmpty();
    }

    @Test
    void theCiphertextCarriesTheKeyIdNonceAndTagButNotTheToken() {
        byte[] sealed = cipher.encrypt(TOKEN, ROW);

        assertThat(sealed[0]).isEqualTo((byte) TokenEncryptionKey.FIRST_KEY_ID);
        assertThat(sealed).hasSize(1 + TokenCipher.NONCE_BYTES + TOKEN.length() + TokenCipher.TAG_BITS / 8);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("xoxb");
    }

    @Test
    void anotherKeyWithTheSameIdIsRefused() {
        byte[] sealed = cipher.encrypt(TOKEN, ROW);
        var otherCipher = new TokenCipher(randomKey(TokenEncryptionKey.FIRST_KEY_ID));

        assertThatThrownBy(() -> otherCipher.decrypt(sealed, ROW)).isInstanceOf(TokenCipher.Undecryptable.class);
    }

    @Test
    void aCiphertextFromAKeyThatIsNotConfiguredIsRefusedByName() {
        var laterCipher = new TokenCipher(randomKey(2));
        byte[] sealed = laterCipher.encrypt(TOKEN, ROW);

        assertThatThrownBy(() -> cipher.decrypt(sealed, ROW))
                .isInstanceOf(TokenCipher.Undecryptable.class)
                .hasMessageContaining("key 2, which is not configured");
    }

    @Test
    void everyChangedByteIsRefused() {
        byte[] sealed = cipher.encrypt(TOKEN, ROW);
        for (int position = 0; position < sealed.length; position++) {
            byte[] tampered = sealed.clone();
            tampered[position] ^= 0x01;
            assertThatThrownBy(() -> cipher.decrypt(tampered, ROW))
                    .as("byte %d changed", position)
                    .isInstanceOf(TokenCipher.Undecryptable.class);
        }
        byte[] cut = Arrays.copyOf(sealed, sealed.length - 1);
        assertThatThrownBy(() -> cipher.decrypt(cut, ROW)).isInstanceOf(TokenCipher.Undecryptable.class);
        assertThatThrownBy(() -> cipher.decrypt(new byte[3], ROW)).isInstanceOf(TokenCipher.Undecryptable.class);
    }

    @Test
    void aCiphertextMovedToAnotherRowOrColumnIsRefused() {
        byte[] sealed = cipher.encrypt(TOKEN, ROW);

        for (String elsewhere : List.of(
                InstallationRows.associatedData("bot", "E1", "T2", null),
                InstallationRows.associatedData("bot", null, "T1", null),
                InstallationRows.associatedData("bot", "E1", null, null),
                InstallationRows.associatedData("bot-refresh", "E1", "T1", null),
                InstallationRows.associatedData("user", "E1", "T1", "U1"))) {
            assertThatThrownBy(() -> cipher.decrypt(sealed, elsewhere))
                    .as(elsewhere)
                    .isInstanceOf(TokenCipher.Undecryptable.class);
        }
    }

    @Test
    void everyEncryptionHasANonceOfItsOwn() {
        var nonces = new HashSet<String>();
        var ciphertexts = new HashSet<String>();
        for (int i = 0; i < 2_000; i++) {
            byte[] sealed = cipher.encrypt(TOKEN, ROW);
            nonces.add(Base64.getEncoder().encodeToString(Arrays.copyOfRange(sealed, 1, 1 + TokenCipher.NONCE_BYTES)));
            ciphertexts.add(Base64.getEncoder().encodeToString(sealed));
        }
        assertThat(nonces).hasSize(2_000);
        assertThat(ciphertexts).hasSize(2_000);
    }

    @Test
    void duringARotationTheOlderKeyStillDecryptsAndTheNewOneEncrypts() {
        var older = randomKey(1);
        var newer = randomKey(2);
        byte[] sealedBefore = new TokenCipher(older).encrypt(TOKEN, ROW);
        var rotating = new TokenCipher(newer, List.of(older), new SecureRandom());

        assertThat(rotating.decrypt(sealedBefore, ROW)).isEqualTo(TOKEN);
        assertThat(rotating.encrypt(TOKEN, ROW)[0]).isEqualTo((byte) 2);
    }

    @Test
    void theConfiguredKeyIsTheFirstAndNeverShowsItself() {
        var configured = RunningFollowthrough.config(Map.of(
                        "SLACK_CLIENT_ID", "1.2",
                        "SLACK_CLIENT_SECRET", "secret",
                        "SLACK_SIGNING_SECRET", "signing",
                        "PUBLIC_URL", "https://followthrough.example.com",
                        "TOKEN_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32])))
                .oauth()
                .orElseThrow()
                .tokenEncryptionKey();

        var key = TokenEncryptionKey.of(configured);

        assertThat(key.id()).isEqualTo(TokenEncryptionKey.FIRST_KEY_ID);
        assertThat(key).hasToString("TokenEncryptionKey[id=1]");
        assertThat(configured).hasToString("EncryptionKey[redacted]");
    }

    static TokenEncryptionKey randomKey(int id) {
        byte[] bytes = new byte[TokenEncryptionKey.KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new TokenEncryptionKey(id, bytes);
    }
}
