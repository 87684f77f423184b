package dev.followthrough.promise;

import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.platform.outbox.Outbox;
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
            Lifecycle lifecycle,
            RequestLedger requests,
            UserProfiles profiles,
            Outbox outbox,
            Map<String, Subcommand> subcommands,
            CalendarLinks calendar,
            Clock clock) {
        var parser = new PromiseParser(clock);
        var recording = new RecordingAPromise(jdbi, ledger, requests, profiles, parser, clock);
        var forms = new PromiseForms(
                slack,
                jdbi,
                ledger,
                lifecycle,
                requests,
                outbox,
                profiles,
                new PromiseFormReading(new DeadlineFields(parser)),
                calendar,
                clock);
        var command = new PromiseCommand(
                recording, new Choices(), ledger, profiles, subcommands, forms, calendar, slack, clock);
        var buttons = new PromiseButtons(lifecycle, recording, profiles, slack, calendar, clock);
        var app = slack.app();
        app.command("/promise", command);
        app.blockAction(Action.MARK_DONE.id(), buttons::markDone);
        app.blockAction(Action.UNDO.id(), buttons::undo);
        app.blockAction(Action.REOPEN.id(), buttons::reopen);
        app.blockAction(Pattern.compile(Choices.PICK + "_\\d+"), buttons::pick);
        app.messageShortcut(MakeItAPromise.CALLBACK_ID, new MakeItAPromise(slack, forms)::apply);
        app.blockAction(Action.EDIT.id(), forms::edit);
        app.blockAction(PromiseModal.DEADLINE_TYPED, forms::deadlineTyped);
        app.viewSubmission(PromiseModal.CALLBACK_ID, forms::submit);
    }
}
