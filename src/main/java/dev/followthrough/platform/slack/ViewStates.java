package dev.followthrough.platform.slack;

import com.slack.api.model.view.ViewState;
import java.time.LocalTime;
import java.util.Optional;

/** What was entered in a submitted form, by the input block's id (one element per block). */
public final class ViewStates {

    private ViewStates() {}

    public static Optional<ViewState.Value> value(ViewState state, String blockId) {
        if (state == null || state.getValues() == null || !state.getValues().containsKey(blockId)) {
            return Optional.empty();
        }
        return state.getValues().get(blockId).values().stream().findFirst();
    }

    /** Typed text, blank counting as none. */
    public static Optional<String> text(ViewState state, String blockId) {
        return value(state, blockId)
                .map(ViewState.Value::getValue)
                .map(String::strip)
                .filter(text -> !text.isEmpty());
    }

    public static Optional<LocalTime> time(ViewState state, String blockId) {
        return value(state, blockId).map(ViewState.Value::getSelectedTime).map(LocalTime::parse);
    }
}
