package dev.followthrough.promise;

import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageMeEvent;
import com.slack.api.model.event.MessageRepliedEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.ledger.Series;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.slack.DeadlineFields;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Capturing promises: what {@code /promise} answers itself, the buttons on what it answers, the
 * message shortcut and messages typed to the app. Registers the buttons and events with the Bolt
 * app; hands back the sub-commands for the router.
 */
public final class PromiseFeature {

    /**
     * What {@code /promise} answers itself: with nothing typed it opens the form; {@code help},
     * {@code list}, {@code done} and {@code cancel} typed alone; a sub-command word followed by more
     * is a promise or a typo ({@code wordGoesOn}); any other text is a promise to record. {@code
     * readsAsAPromise} tells, for another feature's word that takes arguments, a promise that begins
     * with it ("with the team, send the deck by Fri") from the word's own use.
     */
    public record Subcommands(
            Subcommand openForm,
            Subcommand help,
            Subcommand list,
            Subcommand doneList,
            Subcommand cancelList,
            Subcommand wordGoesOn,
            Subcommand recordAPromise,
            Predicate<String> readsAsAPromise) {}

    /** The cancel form lives with the reminders; its button opens it from the list too. */
    private static final PromiseList.RowAction CANCEL_ROW = new PromiseList.RowAction(Action.CANCEL, "Cancel…");

    private static final PromiseList.RowAction DONE_ROW =
            new PromiseList.RowAction(Action.MARK_DONE, "Mark done", "They delivered");

    private PromiseFeature() {}

    public static Subcommands register(
            SlackPlatform slack,
            Jdbi jdbi,
            Ledger ledger,
            Series series,
            Lifecycle lifecycle,
            RequestLedger requests,
            UserProfiles profiles,
            Outbox outbox,
            CalendarLinks calendar,
            PlainNames names,
            Clock clock) {
        var parser = new PromiseParser(clock);
        var recording = new RecordingAPromise(jdbi, ledger, series, requests, profiles, names, parser, clock);
        var formReading = new PromiseFormReading(new DeadlineFields(parser), parser);
        var forms = new PromiseForms(
                slack,
                jdbi,
                ledger,
                series,
                lifecycle,
                requests,
                outbox,
                profiles,
                formReading,
                calendar,
                names,
                clock);
        var buttons = new PromiseButtons(lifecycle, recording, profiles, slack, calendar, clock);
        var app = slack.app();
        app.blockAction(Action.MARK_DONE.id(), buttons::markDone);
        app.blockAction(Action.UNDO.id(), buttons::undo);
        app.blockAction(Action.REOPEN.id(), buttons::reopen);
        app.blockAction(Pattern.compile(Choices.PICK + "_\\d+"), buttons::pick);
        app.messageShortcut(
                MakeItAPromise.CALLBACK_ID, new MakeItAPromise(slack, forms, parser, formReading, profiles)::apply);
        app.blockAction(Action.EDIT.id(), forms::edit);
        app.blockAction(PromiseModal.DEADLINE_TYPED, forms::deadlineTyped);
        app.viewSubmission(PromiseModal.CALLBACK_ID, forms::submit);
        var lists = List.of(
                new ListCommand("list", ledger, series, profiles, Optional.empty(), clock),
                new ListCommand("done", ledger, series, profiles, Optional.of(DONE_ROW), clock),
                new ListCommand(ListCommand.CANCEL, ledger, series, profiles, Optional.of(CANCEL_ROW), clock));
        app.blockAction(PromiseList.END_SERIES, new EndingASeries(series, profiles, slack, clock)::end);
        app.blockAction(PromiseList.SHOW_MORE, new ListPages(lists, slack)::showMore);
        var promises = new PromiseCommand(recording, new Choices(), profiles, calendar, slack);
        var wordGoesOn = new SubcommandOrPromise(promises, parser);
        var typedToTheApp =
                new DirectMessages(jdbi, requests, recording, wordGoesOn, outbox, slack, profiles, calendar);
        app.event(MessageEvent.class, typedToTheApp::typed);
        // Edits, deletions, bots' messages, files and the like in the app's DMs are no promises:
        // acknowledged, nothing more (Bolt would otherwise answer them as unhandled).
        app.event(MessageChangedEvent.class, (payload, context) -> context.ack());
        app.event(MessageDeletedEvent.class, (payload, context) -> context.ack());
        app.event(MessageBotEvent.class, (payload, context) -> context.ack());
        app.event(MessageFileShareEvent.class, (payload, context) -> context.ack());
        app.event(MessageThreadBroadcastEvent.class, (payload, context) -> context.ack());
        app.event(MessageMeEvent.class, (payload, context) -> context.ack());
        app.event(MessageRepliedEvent.class, (payload, context) -> context.ack());
        app.blockAction(DirectMessageReplies.RECORD_IT, typedToTheApp::recordIt);
        return new Subcommands(
                (payload, arguments, context) -> {
                    var inDirectMessage =
                            PromiseCommand.isDirectMessage(payload.getChannelId(), payload.getChannelName());
                    forms.openNew(
                            payload.getTeamId(),
                            payload.getTriggerId(),
                            inDirectMessage ? Optional.empty() : Optional.ofNullable(payload.getChannelId()));
                    return context.ack();
                },
                (payload, arguments, context) ->
                        SlackAnswers.response(SlackAnswers.ephemeral(Help.TEXT, Help.blocks())),
                lists.get(0),
                lists.get(1),
                lists.get(2),
                wordGoesOn,
                wordGoesOn::promiseUnlessASlip,
                wordGoesOn::isAPromise);
    }
}
