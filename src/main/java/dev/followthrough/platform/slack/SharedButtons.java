package dev.followthrough.platform.slack;

/**
 * Action ids of buttons that one feature shows and another answers, written here so that neither
 * feature imports the other.
 */
public final class SharedButtons {

    /** App Home's Settings button; the settings feature opens its form. */
    public static final String OPEN_SETTINGS = "home_settings";

    private SharedButtons() {}
}
