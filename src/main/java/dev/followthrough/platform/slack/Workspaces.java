package dev.followthrough.platform.slack;

import com.slack.api.methods.MethodsClient;

/**
 * The Web API as each workspace's bot. Every call names the workspace it is for, so it carries
 * that workspace's token and no other: one deployment may serve many workspaces.
 */
public interface Workspaces {

    /** The Web API with {@code teamId}'s bot token. */
    MethodsClient methods(String teamId);
}
