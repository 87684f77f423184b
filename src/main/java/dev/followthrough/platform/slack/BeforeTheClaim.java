package dev.followthrough.platform.slack;

/**
 * What a state-changing request needs before its transaction opens, such as asking Slack about a
 * user never seen: whatever waits on Slack waits here, holding no database connection.
 */
@FunctionalInterface
public interface BeforeTheClaim {

    void prepare(String teamId, String userId);
}
