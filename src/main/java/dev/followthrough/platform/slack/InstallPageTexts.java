package dev.followthrough.platform.slack;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;

/**
 * The page a person sees back from Slack's approval page: installed, or why not and what to do.
 * Bolt's own pages say "Something Went Wrong" whatever happened; these say which.
 */
final class InstallPageTexts implements OAuthRedirectUriPageRenderer {

    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
        var openSlack = completionUrl != null && !completionUrl.isEmpty()
                ? completionUrl
                : installer != null && installer.getTeamId() != null && installer.getAppId() != null
                        ? "slack://app?team=" + installer.getTeamId() + "&id=" + installer.getAppId()
                        : "slack://open";
        return page(
                "Followthrough is installed",
                "Type <b>/promise</b> in Slack with what you promised and by when, e.g. <i>/promise send the"
                        + " revised proposal by Friday 2pm</i>.",
                "<a href=\"" + escape(openSlack) + "\">Open Slack</a>");
    }

    @Override
    public String renderFailurePage(String installPath, String reason) {
        var again = "<a href=\"" + escape(installPath) + "\">Start the install again</a>";
        if ("invalid_state".equals(reason)) {
            return page(
                    "This install link can't be used",
                    "It has expired (after 10 minutes), was already used, or was opened in another browser."
                            + " Nothing was installed.",
                    again);
        }
        if ("access_denied".equals(reason)) {
            return page(
                    "The install was cancelled", "Cancel was pressed on Slack's page. Nothing was installed.", again);
        }
        return page(
                "Slack did not complete the install",
                "Nothing was installed (Slack's reason: " + escape(reason == null ? "unknown" : reason) + ").",
                again);
    }

    private static String page(String title, String text, String link) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head>\n<body style=\"font-family: sans-serif; text-align: center; padding: 2em\">"
                + "<h2>" + title + "</h2><p>" + text + "</p><p>" + link + "</p></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
