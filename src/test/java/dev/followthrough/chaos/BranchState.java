package dev.followthrough.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Which code the run measured: the branch and commit of the working tree, as git names them. */
final class BranchState {

    private BranchState() {}

    static String describe() {
        var branch = git("rev-parse", "--abbrev-ref", "HEAD");
        var commit = git("rev-parse", "--short", "HEAD");
        var merging = git("rev-parse", "-q", "--short", "--verify", "MERGE_HEAD");
        var dirty = git("status", "--porcelain", "--untracked-files=no");
        var state = "branch " + branch + " at " + commit;
        if (!merging.equals("?")) {
            return state + " with " + merging + " merged in the working tree (not committed)";
        }
        return state
                + (dirty.isBlank() ? "" : dirty.equals("?") ? " (git state unknown)" : " with uncommitted changes");
    }

    private static String git(String... arguments) {
        var command = new ArrayList<String>();
        command.add("git");
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "?";
        } catch (IOException | InterruptedException unavailable) {
            return "?";
        }
    }
}
