package dev.followthrough.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.service.OAuthStateService;
import dev.followthrough.Config;

/** Bolt's own OAuth flow, set up the way Followthrough serves it. */
final class OAuthPages {

    private OAuthPages() {}

    static void configure(AppConfig.AppConfigBuilder appConfig, Config.OAuth oauth) {
        appConfig
                // Bolt's builder reads SLACK_BOT_TOKEN itself; in this mode there is none.
                .singleTeamBotToken(null)
                .clientId(oauth.clientId())
                .clientSecret(oauth.clientSecret())
                .scope(oauth.botScopes())
                .userScope(oauth.userScopes().orElse(null))
                .redirectUri(oauth.redirectUri())
                // Bolt matches these against the request's whole path; its builder does not
                // switch the paths on as its setters do, hence the two flags.
                .oauthInstallPath(Config.OAUTH_INSTALL_PATH)
                .oauthRedirectUriPath(Config.OAUTH_REDIRECT_PATH)
                .oAuthInstallPathEnabled(true)
                .oAuthRedirectUriPathEnabled(true)
                // Straight on to Slack's approval page, with the state cookie set on the way.
                .oAuthInstallPageRenderingEnabled(false)
                .oAuthRedirectUriPageRenderer(new InstallPageTexts())
                .oauthCompletionUrl(oauth.completionUrl().orElse(null))
                .oauthCancellationUrl(oauth.cancellationUrl().orElse(null));
    }

    static void serveWith(App app, InstallationService installations, OAuthStateService states) {
        app.service(installations);
        app.service(states);
        app.asOAuthApp(true);
    }
}
