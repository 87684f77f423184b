package dev.followthrough.relationship;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Outcome;
import dev.followthrough.commitment.Reckoning;
import dev.followthrough.commitment.Status;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /promise with Acme}'s answer: both rates, the last contact, the next step or its absence,
 * then what is open and what was closed, each list within a section's limit and ending in "and N more".
 */
final class RecordBlocks {

    /** Lines per list; the rest is "and N more". */
    static final int LINES = 10;

    private RecordBlocks() {}

    /** {@code plainName}: the counterparty as plain text ("Acme", "@dana"), for a command to type. */
    static List<LayoutBlock> of(Lookup.Found found, String plainName, Instant now, ZoneId zone, Locale locale) {
        var relationship = found.relationship();
        var name = RelationshipWords.name(relationship);
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(markdown(
                ":handshake: *You and " + name + "*\n" + capitalized(RelationshipWords.rates(relationship)) + "."));
        if (found.countedTogether().size() > 1) {
            var names = found.countedTogether().stream()
                    .map(RelationshipWords::name)
                    .collect(Collectors.joining(" · "));
            blocks.add(context(
                    List.of(markdownText(Mrkdwn.shorten("Counted together: " + names, Lists.SECTION_LIMIT - 100)))));
        }
        blocks.add(markdown("*Last contact:* " + lastContact(relationship, zone, locale)));
        blocks.add(markdown(relationship
                .nextStep()
                .map(next -> "*Next step:* " + RelationshipWords.step(next, locale)
                        + (next.isOverdueAt(now) ? " *(late)*" : ""))
                .orElse(":seedling: *No next step with " + name + ".* What's next? Add it, e.g. `/promise send "
                        + typable(plainName) + " the next update by Fri 2pm`.")));
        var open = relationship.histories().stream()
                .map(CommitmentHistory::commitment)
                .filter(commitment -> commitment.status().isOpen())
                .sorted(Comparator.comparing((Commitment commitment) ->
                                commitment.sortInstant().orElse(Instant.MAX))
                        .thenComparingLong(Commitment::id))
                .toList();
        if (!open.isEmpty()) {
            blocks.add(markdown(Lists.list(
                    "*Open* (" + open.size() + ")",
                    open.stream()
                            .map(commitment -> openLine(commitment, now, locale))
                            .toList(),
                    LINES)));
        }
        var closed = relationship.histories().stream()
                .filter(history -> !history.commitment().status().isOpen())
                .sorted(Comparator.comparing((CommitmentHistory history) -> history.commitment()
                                .closedAt()
                                .orElse(history.commitment().updatedAt()))
                        .reversed())
                .toList();
        if (!closed.isEmpty()) {
            blocks.add(markdown(Lists.list(
                    "*Closed* (" + closed.size() + "), latest first",
                    closed.stream()
                            .map(history -> closedLine(history, now, zone, locale))
                            .toList(),
                    LINES)));
        }
        blocks.add(context(List.of(markdownText(
                "Kept means on time, or renegotiated before the deadline. Only your own promises are counted."))));
        return blocks;
    }

    /** The notification: the rates, in plain words ("You and Acme: you kept 7 of 8; they kept 2 of 5."). */
    static String text(Lookup.Found found, String plainName) {
        var score = found.relationship().score();
        var mine = score.mine().cameDue() == 0
                ? "nothing of yours has come due yet"
                : "you kept " + score.mine().followedThrough() + " of "
                        + score.mine().cameDue();
        var theirs = score.theirs().cameDue() == 0
                ? "nothing of theirs has come due yet"
                : "they kept " + score.theirs().followedThrough() + " of "
                        + score.theirs().cameDue();
        return "You and " + Mrkdwn.shorten(plainName, RelationshipWords.NAME_LENGTH) + ": " + mine + "; " + theirs
                + ".";
    }

    private static String lastContact(Relationship relationship, ZoneId zone, Locale locale) {
        if (relationship.lastContact().isEmpty()) {
            return "none yet";
        }
        var contact = relationship.lastContact().get();
        var promise = RelationshipWords.promise(contact.commitment());
        var what = switch (contact.kind()) {
            case KEPT -> promise + " was kept";
            case FOLLOWED_UP -> "you followed up on " + promise;
            case RENEGOTIATED -> promise + " got a new date";
            case FIRMED_UP -> promise + " got a firm date";
            case CANCELLED -> promise + " was called off";
            default ->
                contact.commitment().direction() == Direction.MINE
                        ? "you made " + promise.replaceFirst("^your ", "a ")
                        : "they made " + promise.replaceFirst("^their ", "a ");
        };
        return what + ", " + DueText.slackDate(contact.at(), zone, locale);
    }

    private static String openLine(Commitment commitment, Instant now, Locale locale) {
        return whose(commitment) + RelationshipWords.task(commitment) + " " + DueText.of(commitment, locale)
                + (commitment.isOverdueAt(now) ? " *(late)*" : "");
    }

    private static String closedLine(CommitmentHistory history, Instant now, ZoneId zone, Locale locale) {
        var commitment = history.commitment();
        var closedAt = commitment.closedAt().orElse(commitment.updatedAt());
        return whose(commitment) + RelationshipWords.task(commitment) + " · " + how(history, now) + ", "
                + DueText.slackDate(closedAt, zone, locale);
    }

    private static String how(CommitmentHistory history, Instant now) {
        var last = Reckoning.of(history, now).stream()
                .reduce((first, second) -> second)
                .map(Reckoning::outcome);
        if (history.commitment().status() == Status.KEPT) {
            return last.equals(Optional.of(Outcome.KEPT_LATE)) ? "kept late" : "kept";
        }
        return "called off";
    }

    private static String whose(Commitment commitment) {
        return commitment.direction() == Direction.MINE ? "yours: " : "theirs: ";
    }

    /** A name inside a code span: escaped, without the backticks that would end it, short. */
    private static String typable(String plainName) {
        return Mrkdwn.escape(Mrkdwn.shorten(plainName, 40).replace("`", "'"));
    }

    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static LayoutBlock markdown(String text) {
        return section(section -> section.text(markdownText(text)));
    }
}
