package dev.followthrough.settings;

import static dev.followthrough.support.SlackRequests.checked;
import static dev.followthrough.support.SlackRequests.pickedTime;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings and channel settings delivered four times, as Slack's retries deliver them: applied once. */
class SettingsRedeliveryTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.requests.slashCommand("U100", "D100", "list");
    }

    @Test
    void settingsSavedFourTimesAreSavedOnceWithTheSameAnswer() {
        var payload = followthrough.requests.viewSubmission(
                "U100",
                SettingsForm.CALLBACK_ID,
                "",
                Map.of(
                        SettingsForm.LEAD_TIMES, checked("2880", "15"),
                        SettingsForm.WORK_DAYS, checked("MONDAY", "TUESDAY"),
                        SettingsForm.WORK_START, pickedTime("08:00"),
                        SettingsForm.WORK_END, pickedTime("16:00"),
                        SettingsForm.END_OF_DAY, pickedTime("15:00"),
                        SettingsForm.DIGEST_DAY, SlackRequests.pickedOption("FRIDAY"),
                        SettingsForm.DIGEST_TIME, pickedTime("16:30"),
                        SettingsForm.DIGEST_WHEN_EMPTY, checked()));

        var answers = Redelivery.retriesChangeNothing(followthrough, payload);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(followthrough.strings("SELECT work_days FROM users WHERE user_id = 'U100'"))
                .containsExactly("MONDAY,TUESDAY");
        // One for the list in the set-up, one for the four deliveries of the form.
        assertThat(followthrough.number(
                        "SELECT count(*) FROM processed_requests WHERE request_key LIKE 'interaction:%'"))
                .isEqualTo(2);
    }

    @Test
    void aChannelSettingDeliveredFourTimesIsOneChangeAndOneAnnouncement() {
        var command = SlackRequests.form(followthrough.requests.command("U100", "C200", "channel posts off"));

        var answers = Redelivery.retriesChangeNothing(followthrough, command);

        assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(answers.get(0).body()).contains("turned promise posts off");
        assertThat(followthrough.strings("SELECT change FROM channel_events"))
                .containsExactly("turned promise posts off for this channel");
    }
}
