package dev.followthrough.promise;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.NewCommitment;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.Schedule;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.ledger.Series;
import dev.followthrough.lifecycle.Act;
import dev.followthrough.lifecycle.ActionValues;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.lifecycle.Outcome;
import dev.followthrough.lifecycle.Pressed;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The promise form: opened by {@code /promise} alone, by Edit on a saved promise and by the
 * message shortcut; its "reads as" hint while the deadline is typed; and what it saves.
 */
final class PromiseForms {

    private final SlackPlatform slack;
    private final Jdbi jdbi;
    private final Ledger ledger;
    private final Series series;
    private final Lifecycle lifecycle;
    private final RequestLedger requests;
    private final Outbox outbox;
    private final UserProfiles profiles;
    private final PromiseFormReading reading;
    private final CalendarLinks calendar;
    private final PlainNames names;
    private final Clock clock;

    PromiseForms(
            SlackPlatform slack,
            Jdbi jdbi,
            Ledger ledger,
            Series series,
            Lifecycle lifecycle,
            RequestLedger requests,
            Outbox outbox,
            UserProfiles profiles,
            PromiseFormReading reading,
            CalendarLinks calendar,
            PlainNames names,
            Clock clock) {
        this.names = names;
        this.calendar = calendar;
        this.slack = slack;
        this.jdbi = jdbi;
        this.ledger = ledger;
        this.series = series;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.outbox = outbox;
        this.profiles = profiles;
        this.reading = reading;
        this.clock = clock;
    }

    private static final String EDIT_HINT =
            "Leave this empty to keep the deadline below; type a new one, or change the date or time, to move it.";

    /** Opens the form, with the people in its plain text (a task's mentions) named. */
    void open(String teamId, String triggerId, View view) {
        slack.openView(teamId, triggerId, names.in(teamId).view(view));
    }

    /** {@code /promise} with nothing after it. */
    void openNew(String teamId, String triggerId, Optional<String> channelId) {
        slack.openView(
                teamId,
                triggerId,
                PromiseModal.view(
                        "new|" + channelId.orElse(""),
                        PromiseModal.Prefill.empty(channelId),
                        false,
                        PromiseModal.DEFAULT_HINT));
    }

    /** Edit on a saved promise: the same form, filled in. */
    Response edit(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        if (!(ActionValues.commitment(payload.getActions().get(0).getValue())
                instanceof Pressed.OnCommitment pressed)) {
            return context.ack();
        }
        var id = pressed.commitmentId();
        var commitment = ledger.find(payload.getTeam().getId(), id);
        // Someone else's press never reaches here: OwnersOnly answers it first.
        if (commitment.isEmpty()) {
            return context.ack();
        }
        var saved = commitment.get();
        // The stored moment, not the phrase: read again later, "in 90 minutes" would move.
        var zone = profiles.lookup(payload.getTeam().getId(), payload.getUser().getId())
                .map(UserProfile::zone)
                .orElse(saved.zone());
        var picked = saved.due().map(due -> due.atZone(zone).toLocalDateTime());
        var prefill = new PromiseModal.Prefill(
                saved.what(), saved.counterparty(), saved.direction(), "", saved.channelId(), picked);
        var metadata = "edit|" + id + "|" + PromiseModal.deadlineInputs(picked);
        open(payload.getTeam().getId(), payload.getTriggerId(), PromiseModal.view(metadata, prefill, true, EDIT_HINT));
        return context.ack();
    }

    /** While the deadline is typed: show how it reads, so nobody has to guess. */
    Response deadlineTyped(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var view = payload.getView();
        var typed = Optional.ofNullable(payload.getActions().get(0).getValue())
                .orElse("")
                .strip();
        var owner = profiles.lookup(payload.getTeam().getId(), payload.getUser().getId());
        var metadata = view.getPrivateMetadata();
        var editing = metadata.startsWith("edit|");
        var hint = typed.isEmpty() || owner.isEmpty()
                ? PromiseModal.DEFAULT_HINT
                : editing ? reading.hint(typed, owner.get()) : reading.hintForNew(typed, owner.get());
        var state = view.getState();
        var repeats = ViewStates.text(state, PromiseModal.REPEATS);
        var prefill = new PromiseModal.Prefill(
                        ViewStates.text(state, PromiseModal.WHAT).orElse(""),
                        PromiseFormReading.counterparty(state),
                        PromiseFormReading.direction(state),
                        typed,
                        ViewStates.value(state, PromiseModal.CHANNEL).map(value -> value.getSelectedConversation()))
                .repeating(
                        repeats.orElse(""),
                        repeats.isPresent() && owner.isPresent()
                                ? reading.repeatsHint(repeats.get(), owner.get())
                                : PromiseModal.REPEATS_HINT);
        var updated = PromiseModal.view(metadata, prefill, editing, hint);
        slack.afterAck("updating the deadline hint", () -> {
            try {
                // The hash makes Slack refuse this update if a newer one already landed.
                slack.methods(payload.getTeam().getId())
                        .viewsUpdate(update ->
                                update.viewId(view.getId()).hash(view.getHash()).view(BlockKitFit.view(updated)));
            } catch (IOException | SlackApiException unreachable) {
                throw new UncheckedIOException(new IOException("views.update failed", unreachable));
            }
        });
        return context.ack();
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        var view = payload.getView();
        var teamId = payload.getTeam().getId();
        var userId = payload.getUser().getId();
        var owner = profiles.lookup(teamId, userId);
        if (owner.isEmpty()) {
            return context.ackWithErrors(Map.of(
                    PromiseModal.WHAT,
                    "I couldn't look up your time zone from Slack just now. Try again in a minute."));
        }
        var metadata = view.getPrivateMetadata().split("\\|", -1);
        var editing = "edit".equals(metadata[0]);
        // Edit keeps the stored deadline unless its inputs no longer read as they were prefilled.
        var keepDeadline =
                editing && metadata.length > 2 && metadata[2].equals(PromiseModal.deadlineInputs(view.getState()));
        var result = reading.read(view.getState(), owner.get(), clock.instant(), keepDeadline, !editing);
        if (result instanceof PromiseFormReading.Unreadable unreadable) {
            return context.ackWithErrors(unreadable.errors());
        }
        var draft = ((PromiseFormReading.Readable) result).draft();
        if (editing) {
            return saveEdit(
                    context,
                    teamId,
                    userId,
                    Long.parseLong(metadata[1]),
                    keepMentions(teamId, metadata, draft),
                    owner.get());
        }
        var messageTs = "message".equals(metadata[0]) ? Optional.of(metadata[2]) : Optional.<String>empty();
        var permalink = "message".equals(metadata[0]) && !metadata[3].isEmpty()
                ? Optional.of(metadata[3])
                : Optional.<String>empty();
        // A promise made from a message reminds in that message's thread.
        var channelId = draft.channelId().or(() -> Optional.of(metadata[1]).filter(id -> !id.isEmpty()));
        var threadTs = messageTs.filter(ts -> channelId.equals(Optional.of(metadata[1])));
        jdbi.useTransaction(handle -> {
            if (!requests.claim(handle, teamId, "view:" + view.getId(), null)) {
                return;
            }
            var deadline = draft.deadline().orElseThrow();
            var promise = new NewCommitment(
                    teamId,
                    userId,
                    draft.what(),
                    draft.direction(),
                    draft.counterparty(),
                    deadline.firmness(),
                    deadline instanceof Deadline.Hard hard ? Optional.of(hard.due()) : Optional.empty(),
                    deadline instanceof Deadline.Soft soft ? soft.target() : Optional.empty(),
                    deadline.phrase(),
                    owner.get().zone(),
                    channelId);
            // A promise that repeats is a series, this its first occurrence.
            var recorded = draft.recurring().isPresent()
                    ? series.start(handle, promise, draft.recurring().get(), clock.instant())
                    : ledger.record(handle, promise, clock.instant());
            threadTs.ifPresent(ts -> ledger.recordOrigin(handle, recorded, ts, permalink));
            announce(handle, recorded, owner.get(), channelId, threadTs, draft.recurring());
        });
        return context.ack();
    }

    private Response saveEdit(
            ViewSubmissionContext context,
            String teamId,
            String userId,
            long id,
            PromiseFormReading.Draft draft,
            UserProfile owner) {
        var now = clock.instant();
        var newDueDate = draft.deadline()
                .map(deadline -> new DueDate(
                        deadline.firmness(),
                        deadline instanceof Deadline.Hard hard ? Optional.of(hard.due()) : Optional.empty(),
                        deadline instanceof Deadline.Soft soft ? soft.target() : Optional.empty(),
                        deadline.phrase(),
                        owner.zone(),
                        0,
                        now));
        var edit = new Act.Edit(draft.what(), draft.counterparty(), draft.direction(), newDueDate);
        var outcome = lifecycle.act(teamId, userId, edit, PressedOn.withoutAMessage(id));
        if (outcome instanceof Outcome.Refused refused) {
            return context.ackWithErrors(
                    Map.of(PromiseModal.WHAT, names.in(teamId).formError(refused.reason())));
        }
        var change = ((Outcome.Changed) outcome).change();
        return context.ackWithUpdate(BlockKitFit.view(EditConfirmation.view(
                change.before(), change.after(), change.event().edited(), owner.locale())));
    }

    /**
     * The form showed the task with its mentions written out as names; left as shown, it is the
     * task as saved, mentions and all.
     */
    private PromiseFormReading.Draft keepMentions(String teamId, String[] metadata, PromiseFormReading.Draft draft) {
        return ledger.find(teamId, Long.parseLong(metadata[1]))
                .filter(saved -> !saved.what().equals(draft.what())
                        && names.in(teamId)
                                .text(saved.what())
                                .strip()
                                .equals(draft.what().strip()))
                .map(saved -> new PromiseFormReading.Draft(
                        saved.what(), draft.counterparty(), draft.direction(), draft.deadline(), draft.channelId()))
                .orElse(draft);
    }

    /** The summary of a promise saved from the form: in its channel (or thread), else to its owner. */
    private void announce(
            org.jdbi.v3.core.Handle handle,
            Commitment commitment,
            UserProfile owner,
            Optional<String> channelId,
            Optional<String> threadTs,
            Optional<Schedule> recurring) {
        var recipient = channelId.orElse(commitment.ownerId());
        outbox.enqueue(
                handle,
                OutboxMessage.post(
                        commitment.teamId(),
                        "recorded:" + commitment.id(),
                        recipient,
                        PromiseMessages.recordedText(commitment, owner.locale()),
                        BlockJson.of(PromiseMessages.recorded(
                                commitment, owner.locale(), calendar, commitment.zone(), recurring)),
                        threadTs,
                        Optional.of(commitment.id())));
    }
}
