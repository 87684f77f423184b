package dev.followthrough.promise;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.NewCommitment;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.PromiseDraft;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.deadline.PromiseReading;
import dev.followthrough.deadline.Schedule;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.ledger.Series;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Turns what a user typed into a recorded commitment, once per request however often Slack sends it. */
final class RecordingAPromise {

    /** Where the promise was made and by whom; {@code requestKey} identifies the request across retries. */
    record Request(String teamId, String userId, Optional<String> channelId, String requestKey, String text) {}

    sealed interface Outcome {}

    /** Saved; {@code answer} is what the user was shown, stored for repeats of the request. */
    record Recorded(Commitment commitment, String answer) implements Outcome {}

    /** This request was handled before: the same answer again, nothing new saved. */
    record Repeated(String answer) implements Outcome {}

    /** The deadline reads more than one way: the owner picks, nothing is saved yet. */
    record NeedsChoice(PromiseReading.Ambiguous reading, UserProfile owner) implements Outcome {}

    /**
     * The answer to a saved promise; {@code writtenIn} is the zone its deadline was read in, {@code
     * recurring} the schedule when it is the first occurrence of a series.
     */
    interface Answer {
        String to(Commitment commitment, UserProfile owner, ZoneId writtenIn, Optional<Schedule> recurring);
    }

    record Refused(String reason) implements Outcome {}

    /** Read and ready to save, but not saved: what {@link #preview} shows before a one-tap confirmation. */
    record Readable(PromiseDraft draft, UserProfile owner, Optional<Schedule> recurring) implements Outcome {}

    /** Slack has not said yet who the owner is (their zone); nothing is read or saved until it does. */
    record WaitingForProfile() implements Outcome {}

    static final String NO_PROFILE = "I couldn't look up your time zone from Slack just now, so I can't tell when"
            + " that's due. Please try again in a minute.";

    private final Jdbi jdbi;
    private final Ledger ledger;
    private final Series series;
    private final RequestLedger requests;
    private final UserProfiles profiles;
    private final PlainNames names;
    private final PromiseParser parser;
    private final Clock clock;

    RecordingAPromise(
            Jdbi jdbi,
            Ledger ledger,
            Series series,
            RequestLedger requests,
            UserProfiles profiles,
            PlainNames names,
            PromiseParser parser,
            Clock clock) {
        this.names = names;
        this.jdbi = jdbi;
        this.ledger = ledger;
        this.series = series;
        this.requests = requests;
        this.profiles = profiles;
        this.parser = parser;
        this.clock = clock;
    }

    Outcome record(Request request, Answer answerFor) {
        var answeredBefore = requests.answered(request.teamId(), request.requestKey());
        if (answeredBefore.isPresent()) {
            return new Repeated(answeredBefore.get());
        }
        var read = preview(request);
        if (read instanceof Readable readable) {
            return save(request, readable.owner(), readable.draft(), readable.recurring(), answerFor);
        }
        return read;
    }

    /**
     * {@link #record} for a request whose delivery is already claimed, in the transaction open on
     * this thread, by the middleware that stores its answer for Slack's retries (a slash command):
     * no second claim and no second stored answer. The names the promise mentions are asked for
     * through {@code afterAck}, once the ack is on its way.
     */
    Outcome recordClaimed(Request request, Answer answerFor, Consumer<Runnable> afterAck) {
        var read = preview(request);
        if (!(read instanceof Readable readable)) {
            return read;
        }
        var owner = readable.owner();
        var draft = readable.draft();
        var recorded =
                jdbi.inTransaction(handle -> recordIn(handle, toNew(request, owner, draft), readable.recurring()));
        var answer = answerFor.to(recorded, owner, writtenIn(owner, draft), readable.recurring());
        afterAck.accept(() -> names.prepareFor(recorded));
        return new Recorded(recorded, answer);
    }

    /** How {@code request} reads, saving nothing: {@link Readable}, or what {@link #record} would answer. */
    Outcome preview(Request request) {
        var owner = profiles.lookup(request.teamId(), request.userId());
        if (owner.isEmpty()) {
            return profiles.isLookingUp(request.teamId(), request.userId())
                    ? new WaitingForProfile()
                    : new Refused(NO_PROFILE);
        }
        var reading = parser.read(request.text(), owner.get().deadlineContext());
        if (reading instanceof PromiseReading.Invalid invalid) {
            return new Refused(invalid.reason());
        }
        if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            return new NeedsChoice(ambiguous, owner.get());
        }
        if (reading instanceof PromiseReading.Recurring recurring) {
            return new Readable(recurring.first(), owner.get(), Optional.of(recurring.schedule()));
        }
        return new Readable(((PromiseReading.Parsed) reading).draft(), owner.get(), Optional.empty());
    }

    /** Saves a draft (typed, or picked from ambiguous readings) once for {@code request}. */
    Outcome save(Request request, UserProfile owner, PromiseDraft draft, Answer answerFor) {
        return save(request, owner, draft, Optional.empty(), answerFor);
    }

    /** {@link #save}, as the first occurrence of a series on {@code recurring} when there is one. */
    Outcome save(
            Request request, UserProfile owner, PromiseDraft draft, Optional<Schedule> recurring, Answer answerFor) {
        var commitment = toNew(request, owner, draft);
        Outcome outcome = jdbi.inTransaction(handle -> {
            if (!requests.claim(handle, request.teamId(), request.requestKey(), null)) {
                // A first attempt of this very request committed while this one was on its way.
                return new Repeated(requests.answered(request.teamId(), request.requestKey())
                        .orElseThrow());
            }
            var recorded = recordIn(handle, commitment, recurring);
            var answer = answerFor.to(recorded, owner, writtenIn(owner, draft), recurring);
            requests.remember(handle, request.teamId(), request.requestKey(), answer);
            return new Recorded(recorded, answer);
        });
        // Named now, so the names are there by the time a form or a calendar shows them.
        if (outcome instanceof Recorded recorded) {
            names.prepareFor(recorded.commitment());
        }
        return outcome;
    }

    /** One commitment, or a series and its first occurrence. */
    private Commitment recordIn(Handle handle, NewCommitment commitment, Optional<Schedule> recurring) {
        return recurring.isPresent()
                ? series.start(handle, commitment, recurring.get(), clock.instant())
                : ledger.record(handle, commitment, clock.instant());
    }

    private static ZoneId writtenIn(UserProfile owner, PromiseDraft draft) {
        return draft.deadline() instanceof Deadline.Hard hard ? hard.zone() : owner.zone();
    }

    private static NewCommitment toNew(Request request, UserProfile owner, PromiseDraft draft) {
        var deadline = draft.deadline();
        return new NewCommitment(
                request.teamId(),
                request.userId(),
                draft.what(),
                draft.direction(),
                draft.counterparty(),
                deadline.firmness(),
                deadline instanceof Deadline.Hard hard ? Optional.of(hard.due()) : Optional.empty(),
                deadline instanceof Deadline.Soft soft ? soft.target() : Optional.empty(),
                deadline.phrase(),
                owner.zone(),
                request.channelId());
    }
}
