package org.gongkai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs one gongkai command in-process and keeps what it printed. */
final class CommandRun {

    final int exitCode;
    final String out;
    final String err;

    private CommandRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gongkai.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
