package dev.followthrough.reminder;

import dev.followthrough.commitment.Firmness;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ChannelThread;
import dev.followthrough.lifecycle.Escalations;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.lifecycle.NextUpdate;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.scheduler.Scheduler;
import dev.followthrough.platform.slack.DeadlineFields;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.workspace.ForgetsATeam;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The enforcement loop: the due sweep that nudges owners before their deadlines, tells them when
 * one slipped and asks them to firm up soft promises, and the buttons and forms to act on those
 * messages (deliver, follow up, renegotiate, snooze, cancel, send a check-in).
 */
public final class ReminderFeature {

    /** How often the due sweep looks for checks that have come due. */
    static final int SWEEP_SECONDS = 2;

    static final int BATCH_SIZE = 500;

    private ReminderFeature() {}

    public static void register(
            SlackPlatform slack,
            Scheduler scheduler,
            Jdbi jdbi,
            Ledger ledger,
            Lifecycle lifecycle,
            Settling settling,
            Outbox outbox,
            ChannelThread channelThread,
            Escalations escalations,
            UserProfiles profiles,
            PlainNames names,
            Clock clock) {
        var sweep = new DueSweep(jdbi, ledger, outbox, channelThread, escalations, profiles, clock, BATCH_SIZE);
        scheduler.schedule(new Scheduler.RecurringJob("due-sweep", SWEEP_SECONDS, sweep));

        var deadlineFields = new DeadlineFields(new PromiseParser(clock));
        var actions = new ReminderActions(slack, ledger, lifecycle, profiles, clock, jdbi, outbox);
        var forms = new Forms(slack, ledger, profiles, names);
        var app = slack.app();
        app.blockAction(Action.DELIVERED.id(), actions::delivered);
        app.blockAction(Action.THEY_DELIVERED.id(), actions::delivered);
        app.blockAction(Action.FOLLOWED_UP.id(), actions::followedUp);
        for (var answer : NextUpdate.values()) {
            app.blockAction(answer.id(), actions::updateAt);
        }
        app.blockAction(Action.SNOOZE.id(), actions::snooze);
        app.blockAction(
                Action.RENEGOTIATE.id(),
                (request, context) -> forms.open(request, context, opening -> {
                    var soft = opening.commitment().firmness() == Firmness.SOFT;
                    return DeadlineForm.view(
                            soft ? DeadlineForm.Mode.FIRM_UP : DeadlineForm.Mode.RENEGOTIATE, opening, clock.instant());
                }));
        app.blockAction(
                Action.FIRM_UP.id(),
                (request, context) -> forms.open(
                        request,
                        context,
                        opening -> DeadlineForm.view(DeadlineForm.Mode.FIRM_UP, opening, clock.instant())));
        app.blockAction(
                Action.NEW_DATE.id(),
                (request, context) -> forms.open(
                        request,
                        context,
                        opening -> DeadlineForm.view(DeadlineForm.Mode.NEW_DATE, opening, clock.instant())));
        app.blockAction(Action.CANCEL.id(), (request, context) -> forms.open(request, context, CancelForm::view));
        app.blockAction(Action.DROP.id(), (request, context) -> forms.open(request, context, CancelForm::view));
        app.blockAction(
                Action.SEND_CHECK_IN.id(), (request, context) -> forms.open(request, context, CheckInForm::view));
        var nextStep = new NextStepForm(slack, ledger, lifecycle, forms, profiles, deadlineFields, clock);
        app.blockAction(Action.NEXT_STEP.id(), nextStep::open);

        var deadlines = new DeadlineFormSubmission(lifecycle, profiles, names, new NewDeadline(deadlineFields), clock);
        app.viewSubmission(DeadlineForm.CALLBACK_ID, deadlines::submit);
        app.viewSubmission(CancelForm.CALLBACK_ID, new CancelForm(lifecycle, names)::submit);
        app.viewSubmission(NextStepForm.CALLBACK_ID, nextStep::submit);
        var checkingIn = new CheckingIn(jdbi, ledger, outbox, settling, clock);
        app.viewSubmission(CheckInForm.CALLBACK_ID, checkingIn::submit);
    }

    /** A sweep for tools that run it outside the scheduler (the benchmark): no channel escalates. */
    public static Runnable sweep(
            Jdbi jdbi, Ledger ledger, Outbox outbox, ChannelThread channelThread, UserProfiles profiles, Clock clock) {
        return new DueSweep(jdbi, ledger, outbox, channelThread, Escalations.NONE, profiles, clock, BATCH_SIZE);
    }

    /** Forgets what a workspace's owners were told of escalations, and which were raised. */
    public static ForgetsATeam forgettingEscalations(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, EscalationStore.class, Set.of("escalations"), EscalationStore::forgetSome);
    }

    /** Forgets a workspace's folded reminder messages. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(
                jdbi, FoldStore.class, Set.of("reminder_folds", "reminder_fold_parts"), FoldStore::forgetSome);
    }
}
