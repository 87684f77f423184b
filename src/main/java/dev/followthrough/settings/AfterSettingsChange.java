package dev.followthrough.settings;

import org.jdbi.v3.core.Handle;

/**
 * What follows a change of a user's settings, in the transaction that saves them: other features
 * that show or plan from the settings (App Home) are told here, wired in {@code Application}.
 */
@FunctionalInterface
public interface AfterSettingsChange {

    void settingsChanged(Handle handle, String teamId, String userId);
}
