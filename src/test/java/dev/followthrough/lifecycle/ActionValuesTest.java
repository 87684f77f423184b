package dev.followthrough.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The value formats read back what the builder wrote, and refuse anything else as a value. */
class ActionValuesTest {

    @Test
    void whatTheBuilderWritesIsReadBack() {
        assertThat(ActionValues.commitment(ActionValues.of(42))).isEqualTo(new Pressed.OnCommitment(42));
        for (var how : Snooze.values()) {
            assertThat(ActionValues.snooze(ActionValues.of(how, 42))).isEqualTo(new Pressed.SnoozeChoice(42, how));
        }
        for (var when : NextUpdate.values()) {
            assertThat(ActionValues.nextUpdate(ActionValues.of(when, 42)))
                    .isEqualTo(new Pressed.NextUpdateChoice(42, when));
        }
    }

    @Test
    void theWireFormatStaysAsSlackHasItInOldMessages() {
        assertThat(ActionValues.snooze("1h:7")).isEqualTo(new Pressed.SnoozeChoice(7, Snooze.ONE_HOUR));
        assertThat(ActionValues.snooze("15m:7")).isEqualTo(new Pressed.SnoozeChoice(7, Snooze.FIFTEEN_MINUTES));
        assertThat(ActionValues.snooze("morning:7")).isEqualTo(new Pressed.SnoozeChoice(7, Snooze.TOMORROW_MORNING));
        assertThat(ActionValues.nextUpdate("2days:7"))
                .isEqualTo(new Pressed.NextUpdateChoice(7, NextUpdate.IN_TWO_DAYS));
    }

    @Test
    void malformedValuesAreRefusedAsValues() {
        for (var value : new String[] {null, "", "abc", "-1", "1.5", "99999999999999999999", " 42", "1h:42"}) {
            assertThat(ActionValues.commitment(value)).as(value).isInstanceOf(Pressed.Malformed.class);
        }
        for (var value : new String[] {null, "", "42", "1h:", "1h:x", "2h:42", "1h:42:1", ":42", "tomorrow:42"}) {
            assertThat(ActionValues.snooze(value)).as(value).isInstanceOf(Pressed.Malformed.class);
        }
        for (var value : new String[] {null, "42", "week:", "soon:42", "1h:42"}) {
            assertThat(ActionValues.nextUpdate(value)).as(value).isInstanceOf(Pressed.Malformed.class);
        }
    }
}
