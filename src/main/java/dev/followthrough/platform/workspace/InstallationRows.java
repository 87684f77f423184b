package dev.followthrough.platform.workspace;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.followthrough.platform.workspace.InstallationStore.InstallationRow;
import java.time.Instant;
import java.util.Objects;

/** Bolt's models to rows and back: tokens are encrypted on the way in and decrypted on the way out. */
final class InstallationRows {

    private final TokenCipher cipher;

    InstallationRows(TokenCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * What a ciphertext is bound to: its column and its row's workspace (and user, for a user token),
     * so one copied elsewhere does not decrypt.
     */
    static String associatedData(String column, String enterpriseId, String teamId, String userId) {
        return column + "|" + Objects.toString(enterpriseId, "") + "|" + Objects.toString(teamId, "")
                + (userId == null ? "" : "|" + userId);
    }

    InstallationRow ofInstaller(Installer installer, Instant now) {
        String enterpriseId = installer.getEnterpriseId();
        String teamId = teamIdOf(installer.getIsEnterpriseInstall(), installer.getTeamId());
        String userId = installer.getInstallerUserId();
        return new InstallationRow(
                0,
                enterpriseId,
                teamId,
                Boolean.TRUE.equals(installer.getIsEnterpriseInstall()),
                installer.getAppId(),
                installer.getBotId(),
                installer.getBotUserId(),
                installer.getBotScope(),
                encrypt(installer.getBotAccessToken(), "bot", enterpriseId, teamId, null),
                encrypt(installer.getBotRefreshToken(), "bot-refresh", enterpriseId, teamId, null),
                instant(installer.getBotTokenExpiresAt()),
                userId,
                encrypt(installer.getInstallerUserAccessToken(), "user", enterpriseId, teamId, userId),
                encrypt(installer.getInstallerUserRefreshToken(), "user-refresh", enterpriseId, teamId, userId),
                instant(installer.getInstallerUserTokenExpiresAt()),
                installer.getInstallerUserScope(),
                installedAt(installer.getInstalledAt(), now),
                now);
    }

    InstallationRow ofBot(Bot bot, Instant now) {
        String enterpriseId = bot.getEnterpriseId();
        String teamId = teamIdOf(bot.getIsEnterpriseInstall(), bot.getTeamId());
        return new InstallationRow(
                0,
                enterpriseId,
                teamId,
                Boolean.TRUE.equals(bot.getIsEnterpriseInstall()),
                bot.getAppId(),
                bot.getBotId(),
                bot.getBotUserId(),
                bot.getBotScope(),
                encrypt(bot.getBotAccessToken(), "bot", enterpriseId, teamId, null),
                encrypt(bot.getBotRefreshToken(), "bot-refresh", enterpriseId, teamId, null),
                instant(bot.getBotTokenExpiresAt()),
                null,
                null,
                null,
                null,
                null,
                installedAt(bot.getInstalledAt(), now),
                now);
    }

    /** The bot token and refresh token Slack gave in exchange for the row's refresh token, encrypted for it. */
    byte[] botToken(InstallationRow row, String token) {
        return encrypt(token, "bot", row.enterpriseId(), row.teamId(), null);
    }

    byte[] botRefreshToken(InstallationRow row, String token) {
        return encrypt(token, "bot-refresh", row.enterpriseId(), row.teamId(), null);
    }

    Bot toBot(InstallationRow row) {
        var bot = new DefaultBot();
        bot.setAppId(row.appId());
        bot.setEnterpriseId(row.enterpriseId());
        bot.setTeamId(row.teamId());
        bot.setIsEnterpriseInstall(row.isEnterpriseInstall());
        bot.setBotId(row.botId());
        bot.setBotUserId(row.botUserId());
        bot.setBotScope(row.botScopes());
        bot.setBotAccessToken(decrypt(row.botToken(), "bot", row, null));
        bot.setBotRefreshToken(decrypt(row.botRefreshToken(), "bot-refresh", row, null));
        bot.setBotTokenExpiresAt(millis(row.botTokenExpiresAt()));
        bot.setInstalledAt(row.installedAt().toEpochMilli());
        return bot;
    }

    Installer toInstaller(InstallationRow row) {
        var installer = new DefaultInstaller();
        installer.setAppId(row.appId());
        installer.setEnterpriseId(row.enterpriseId());
        installer.setTeamId(row.teamId());
        installer.setIsEnterpriseInstall(row.isEnterpriseInstall());
        installer.setBotId(row.botId());
        installer.setBotUserId(row.botUserId());
        installer.setBotScope(row.botScopes());
        installer.setBotAccessToken(decrypt(row.botToken(), "bot", row, null));
        installer.setBotRefreshToken(decrypt(row.botRefreshToken(), "bot-refresh", row, null));
        installer.setBotTokenExpiresAt(millis(row.botTokenExpiresAt()));
        String userId = row.installerUserId();
        installer.setInstallerUserId(userId);
        installer.setInstallerUserScope(row.userScopes());
        installer.setInstallerUserAccessToken(decrypt(row.userToken(), "user", row, userId));
        installer.setInstallerUserRefreshToken(decrypt(row.userRefreshToken(), "user-refresh", row, userId));
        installer.setInstallerUserTokenExpiresAt(millis(row.userTokenExpiresAt()));
        installer.setInstalledAt(row.installedAt().toEpochMilli());
        return installer;
    }

    /** An org-wide install belongs to the organisation, not to the team the installer was in. */
    private static String teamIdOf(Boolean isEnterpriseInstall, String teamId) {
        return Boolean.TRUE.equals(isEnterpriseInstall) ? null : teamId;
    }

    private byte[] encrypt(String token, String column, String enterpriseId, String teamId, String userId) {
        return token == null ? null : cipher.encrypt(token, associatedData(column, enterpriseId, teamId, userId));
    }

    private String decrypt(byte[] ciphertext, String column, InstallationRow row, String userId) {
        return ciphertext == null
                ? null
                : cipher.decrypt(ciphertext, associatedData(column, row.enterpriseId(), row.teamId(), userId));
    }

    /** Bolt counts install and expiry times in epoch milliseconds. */
    private static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant installedAt(Long epochMillis, Instant now) {
        return epochMillis == null ? now : Instant.ofEpochMilli(epochMillis);
    }
}
