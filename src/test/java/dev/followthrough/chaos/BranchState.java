package dev.followthrough.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Which code the run measured: the branch and commit of the working tree, as git names them. */
final class BranchState {

    private BranchState() {}

    static String describe() {
        var branch = git("rev-parse", "--abbrev-ref", "HEAD");
        var commit = git("rev-parse", "--short", "HEAD");
        var dirty = git("status", "--porcelain", "--untracked-files=no");
        return "branch " + branch + " at " + commit + (dirty.isBlank() ? "" : " with uncommitted changes");
    }

    private static String git(String... arguments) {
        var command = new java.util.ArrayList<String>();
        command.add("git");
        command.addAll(java.util.List.of(arguments));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "?";
        } catch (IOException | InterruptedException unavailable) {
            return "?";
        }
    }
}
