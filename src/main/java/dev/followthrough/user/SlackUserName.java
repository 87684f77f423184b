package dev.followthrough.user;

import com.slack.api.model.User;
import java.util.Optional;
import java.util.stream.Stream;

/** The name Slack itself shows for a user: the display name they chose, else their full name. */
final class SlackUserName {

    private SlackUserName() {}

    static Optional<String> of(User user) {
        var profile = user.getProfile();
        return Stream.of(
                        profile == null ? null : profile.getDisplayName(),
                        profile == null ? null : profile.getRealName(),
                        user.getRealName(),
                        user.getName())
                .filter(name -> name != null && !name.isBlank())
                .map(String::strip)
                .findFirst();
    }
}
