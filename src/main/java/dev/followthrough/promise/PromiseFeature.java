package dev.followthrough.promise;

import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Capturing promises: the {@code /promise} command and the buttons on what it answers. Registers
 * its handlers with the Bolt app.
 */
public final class PromiseFeature {

    private PromiseFeature() {}

    public static void register(
            SlackPlatform slack,
            Jdbi jdbi,
            Ledger ledger,
            RequestLedger requests,
            UserProfiles profiles,
            Map<String, Subcommand> subcommands,
            CalendarLinks calendar,
            Clock clock) {
        var recording = new RecordingAPromise(jdbi, ledger, requests, profiles, new PromiseParser(clock), clock);
        var command = new PromiseCommand(recording, new Choices(), ledger, profiles, subcommands, calendar, clock);
        var buttons = new PromiseButtons(ledger, recording, profiles, slack, calendar, clock);
        var app = slack.app();
        app.command("/promise", command);
        app.blockAction(PromiseMessages.MARK_DONE, buttons::markDone);
        app.blockAction(PromiseMessages.UNDO, buttons::undo);
        app.blockAction(Pattern.compile(Choices.PICK + "_\\d+"), buttons::pick);
        app.messageShortcut(MakeItAPromise.CALLBACK_ID, new MakeItAPromise(slack)::apply);
    }
}
