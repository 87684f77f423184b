package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.timePicker;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.DispatchActionConfig;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.platform.slack.ViewStates;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form for a promise: what, to or from whom, which way, by when, and where reminders go. The
 * same form records a new one (from {@code /promise} alone or a message) and edits a saved one.
 */
final class PromiseModal {

    static final String CALLBACK_ID = "promise_modal";
    static final String WHAT = "what";
    static final String COUNTERPARTY_USER = "counterparty_user";
    static final String COUNTERPARTY_NAME = "counterparty_name";
    static final String DIRECTION = "direction";
    static final String DEADLINE = "deadline";
    /** Typing in the deadline field asks how it reads, for the "reads as" hint. */
    static final String DEADLINE_TYPED = "promise_modal_deadline";

    static final String DATE = "date";
    static final String TIME = "time";
    static final String CHANNEL = "channel";
    /** A new promise only: the schedule it repeats on, which makes it a series. */
    static final String REPEATS = "repeats";

    static final String REPEATS_HINT = "Leave empty for a one-off. For a promise that repeats, say when, like \"every"
            + " Friday\", \"every other Tuesday at 10\" or \"on the first Monday of every month\"; then leave"
            + " \"By when?\" empty.";

    static final String DEFAULT_HINT =
            "Say it as you would: \"Fri 2pm\", \"tomorrow EOD\", \"in 2 weeks\"." + " Empty, or vague, makes it soft.";

    /**
     * What the form starts with; {@code picked} sets the date and time pickers (Edit shows the
     * stored moment there, in the owner's zone, rather than the phrase it was read from).
     */
    record Prefill(
            String what,
            Optional<Counterparty> counterparty,
            Direction direction,
            String deadline,
            Optional<String> channelId,
            Optional<LocalDateTime> picked,
            String repeats,
            String repeatsHint) {

        Prefill(
                String what,
                Optional<Counterparty> counterparty,
                Direction direction,
                String deadline,
                Optional<String> channelId,
                Optional<LocalDateTime> picked) {
            this(what, counterparty, direction, deadline, channelId, picked, "", REPEATS_HINT);
        }

        Prefill(
                String what,
                Optional<Counterparty> counterparty,
                Direction direction,
                String deadline,
                Optional<String> channelId) {
            this(what, counterparty, direction, deadline, channelId, Optional.empty());
        }

        static Prefill empty(Optional<String> channelId) {
            return new Prefill("", Optional.empty(), Direction.MINE, "", channelId);
        }

        /** The same, repeating on the schedule {@code repeats} as written, {@code hint} saying how it reads. */
        Prefill repeating(String schedule, String hint) {
            return new Prefill(what, counterparty, direction, deadline, channelId, picked, schedule, hint);
        }
    }

    /**
     * The deadline inputs as submitted, in one comparable form ("2026-11-27T14:00", "" for none):
     * a form whose inputs still read as they were prefilled keeps the stored deadline.
     */
    static String deadlineInputs(ViewState state) {
        var typed = ViewStates.text(state, DEADLINE);
        if (typed.isPresent()) {
            return "typed:" + typed.get();
        }
        var date = ViewStates.value(state, DATE).map(ViewState.Value::getSelectedDate);
        var time = ViewStates.value(state, TIME).map(ViewState.Value::getSelectedTime);
        return date.orElse("") + time.map(at -> "T" + at).orElse("");
    }

    /** The same form of what {@link #view} prefills, to compare with {@link #deadlineInputs}. */
    static String deadlineInputs(Optional<LocalDateTime> picked) {
        return picked.map(at -> at.toLocalDate() + "T" + TIME_FORMAT.format(at)).orElse("");
    }

    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    private PromiseModal() {}

    static View view(String metadata, Prefill prefill, boolean editing, String hint) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(input(input -> input.blockId(WHAT)
                .label(plainText("What's the next step?"))
                .element(plainTextInput(text -> text.actionId(WHAT)
                        .maxLength(1000)
                        .initialValue(prefill.what().isEmpty() ? null : prefill.what())
                        .placeholder(plainText("Send Acme the revised proposal"))))));
        blocks.add(input(input -> input.blockId(COUNTERPARTY_USER)
                .optional(true)
                .label(plainText("To or from whom (on Slack)"))
                .element(usersSelect(select -> select.actionId(COUNTERPARTY_USER)
                        .initialUser(prefill.counterparty()
                                .flatMap(Counterparty::slackUserId)
                                .orElse(null))))));
        blocks.add(input(input -> input.blockId(COUNTERPARTY_NAME)
                .optional(true)
                .label(plainText("…or someone outside Slack"))
                .element(plainTextInput(text -> text.actionId(COUNTERPARTY_NAME)
                        .maxLength(200)
                        .initialValue(prefill.counterparty()
                                .flatMap(Counterparty::freeText)
                                .orElse(null))
                        .placeholder(plainText("the buyer at Acme"))))));
        var mine = option(plainText("I promised it"), Direction.MINE.name());
        var theirs = option(plainText("They promised it to me"), Direction.THEIRS.name());
        OptionObject initialDirection = prefill.direction() == Direction.THEIRS ? theirs : mine;
        blocks.add(input(input -> input.blockId(DIRECTION)
                .label(plainText("Who owes it?"))
                .element(radioButtons(radio ->
                        radio.actionId(DIRECTION).options(List.of(mine, theirs)).initialOption(initialDirection)))));
        blocks.add(input(input -> input.blockId(DEADLINE)
                .optional(true)
                .dispatchAction(true)
                .label(plainText("By when?"))
                .hint(plainText(hint))
                .element(plainTextInput(text -> text.actionId(DEADLINE_TYPED)
                        .initialValue(prefill.deadline().isEmpty() ? null : prefill.deadline())
                        .dispatchActionConfig(DispatchActionConfig.builder()
                                .triggerActionsOn(List.of("on_enter_pressed", "on_character_entered"))
                                .build())
                        .placeholder(plainText("Fri 2pm"))))));
        blocks.add(input(input -> input.blockId(DATE)
                .optional(true)
                .label(plainText("…or pick a date"))
                .element(datePicker(picker -> picker.actionId(DATE)
                        .initialDate(prefill.picked()
                                .map(at -> at.toLocalDate().toString())
                                .orElse(null))))));
        blocks.add(input(input -> input.blockId(TIME)
                .optional(true)
                .label(plainText("and a time (end of your day if none)"))
                .element(timePicker(picker -> picker.actionId(TIME)
                        .initialTime(prefill.picked().map(TIME_FORMAT::format).orElse(null))))));
        if (!editing) {
            // An occurrence is edited as a promise of its own: only a new one can repeat.
            blocks.add(input(input -> input.blockId(REPEATS)
                    .optional(true)
                    .label(plainText("Repeats (optional)"))
                    .hint(plainText(prefill.repeatsHint()))
                    .element(plainTextInput(text -> text.actionId(REPEATS)
                            .maxLength(200)
                            .initialValue(prefill.repeats().isEmpty() ? null : prefill.repeats())
                            .placeholder(plainText("every Friday"))))));
            blocks.add(input(input -> input.blockId(CHANNEL)
                    .optional(true)
                    .label(plainText("Channel for reminders (optional)"))
                    .element(conversationsSelect(select -> select.actionId(CHANNEL)
                            .initialConversation(prefill.channelId().orElse(null))))));
        }
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(metadata)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(editing ? "Edit promise" : "New promise")
                        .build())
                .submit(ViewSubmit.builder().type("plain_text").text("Save").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks)
                .build();
    }
}
