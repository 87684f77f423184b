package dev.followthrough.commitment;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task as its owner wrote it ("send Acme the deck", "call Initech back", "book the demo"), read
 * just far enough for messages to be built around it: whether it starts with a verb, and whether
 * it already names the counterparty, so no message names them twice. When the first word is not a
 * verb it knows, {@code verb} is empty and messages treat the task as a thing ("the deck").
 */
public record Task(String text, Optional<String> verb, String rest, boolean namesCounterparty) {

    /** Verbs people start a sales or account task with; more can be added, none is required. */
    private static final Set<String> VERBS = Set.of(
            "add",
            "agree",
            "align",
            "answer",
            "approve",
            "arrange",
            "ask",
            "assess",
            "attend",
            "audit",
            "book",
            "brief",
            "bring",
            "build",
            "buy",
            "call",
            "cancel",
            "chase",
            "chat",
            "check",
            "circle",
            "clean",
            "close",
            "collect",
            "come",
            "compile",
            "complete",
            "confirm",
            "connect",
            "contact",
            "countersign",
            "cover",
            "create",
            "credit",
            "decide",
            "deliver",
            "demo",
            "deploy",
            "design",
            "discuss",
            "dm",
            "do",
            "document",
            "draft",
            "drop",
            "edit",
            "email",
            "e-mail",
            "escalate",
            "estimate",
            "evaluate",
            "execute",
            "extend",
            "file",
            "finalise",
            "finalize",
            "find",
            "finish",
            "fix",
            "follow",
            "forward",
            "gather",
            "get",
            "give",
            "go",
            "grab",
            "hand",
            "help",
            "host",
            "install",
            "introduce",
            "invite",
            "invoice",
            "issue",
            "join",
            "kick",
            "let",
            "look",
            "loop",
            "mail",
            "make",
            "map",
            "meet",
            "message",
            "move",
            "negotiate",
            "notify",
            "nudge",
            "offer",
            "onboard",
            "open",
            "order",
            "organise",
            "organize",
            "outline",
            "pay",
            "phone",
            "pick",
            "ping",
            "pitch",
            "plan",
            "post",
            "prep",
            "prepare",
            "present",
            "price",
            "process",
            "propose",
            "provide",
            "publish",
            "pull",
            "push",
            "put",
            "quote",
            "raise",
            "reach",
            "read",
            "recap",
            "record",
            "redo",
            "refund",
            "remind",
            "renew",
            "reply",
            "report",
            "resend",
            "research",
            "reschedule",
            "respond",
            "return",
            "review",
            "revise",
            "rework",
            "ring",
            "run",
            "schedule",
            "scope",
            "see",
            "select",
            "send",
            "set",
            "settle",
            "share",
            "ship",
            "show",
            "sign",
            "sort",
            "start",
            "submit",
            "summarise",
            "summarize",
            "supply",
            "sync",
            "take",
            "talk",
            "tell",
            "test",
            "text",
            "thank",
            "touch",
            "train",
            "transfer",
            "update",
            "upload",
            "validate",
            "verify",
            "visit",
            "walk",
            "wire",
            "wrap",
            "write");

    /** Verbs of handing something over: what they give goes "to" someone, the rest are done "for" them. */
    private static final Set<String> GIVING = Set.of(
            "send",
            "resend",
            "email",
            "e-mail",
            "mail",
            "forward",
            "give",
            "hand",
            "deliver",
            "submit",
            "show",
            "present",
            "pay",
            "return",
            "wire",
            "transfer",
            "post",
            "introduce",
            "quote",
            "pitch",
            "offer",
            "propose",
            "explain",
            "report",
            "supply",
            "provide",
            "share");

    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([A-Za-z][A-Za-z'-]*)(?:\\s+(.*))?$");

    public static Task of(Commitment commitment) {
        return read(commitment.what(), commitment.counterparty());
    }

    public static Task read(String text, Optional<Counterparty> counterparty) {
        var names =
                counterparty.map(party -> mentionOf(party).matcher(text).find()).orElse(false);
        var first = FIRST_WORD.matcher(text);
        if (first.matches()) {
            var word = first.group(1).toLowerCase(Locale.ROOT);
            var rest = first.group(2) == null ? "" : first.group(2);
            // "review of the redlines" is a thing, not something to do.
            if (VERBS.contains(word) && !rest.toLowerCase(Locale.ROOT).startsWith("of ")) {
                return new Task(text, Optional.of(word), rest, names);
            }
        }
        return new Task(text, Optional.empty(), text, names);
    }

    /** It reads as something to do ("send the deck"), so "I'll …" and "a promise to …" fit it. */
    public boolean isVerbPhrase() {
        return verb.isPresent();
    }

    /** What goes before the counterparty when the task doesn't name them: "send the deck to Acme", "book the demo for Acme". */
    public String preposition() {
        return verb.filter(GIVING::contains).isPresent() || verb.isEmpty() ? "to" : "for";
    }

    /**
     * The task said to the counterparty, with them as "you": "send Acme the deck" becomes "send you
     * the deck", "share the ROI model with Hooli's team" becomes "share the ROI model with your team".
     */
    public String toThem(Optional<Counterparty> counterparty) {
        if (counterparty.isEmpty() || !namesCounterparty) {
            return text;
        }
        Matcher matcher = mentionOf(counterparty.get()).matcher(text);
        var said = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(said, matcher.group("possessive") == null ? "you" : "your");
        }
        matcher.appendTail(said);
        return said.toString();
    }

    private static Pattern mentionOf(Counterparty party) {
        var possessive = "(?<possessive>['’]s)?";
        if (party instanceof Counterparty.SlackUser user) {
            return Pattern.compile("<@" + Pattern.quote(user.userId()) + "(?:\\|[^>]*)?>" + possessive);
        }
        var name = party.display().strip().replaceFirst("(?i)^the\\s+", "");
        return Pattern.compile(
                "(?i)(?<![\\p{L}\\p{N}])(?:the\\s+)?" + Pattern.quote(name) + possessive + "(?![\\p{L}\\p{N}])");
    }
}
