package dev.followthrough;

import java.io.BufferedReader;
import java.io.PrintStream;

/** Placeholder until the parse tool lands. */
public final class ParseCommand {
    private ParseCommand() {}

    public static int run(String[] args, BufferedReader in, PrintStream out, PrintStream err) {
        err.println("parse is not available yet");
        return 2;
    }
}
