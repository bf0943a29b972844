package org.gongkai.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.gongkai.io.inspection.Inspection;

/**
 * Progress of a batch: on a terminal a bar redrawn in place (done/total, documents per second, time left); otherwise
 * (a log file, CI) a plain line every few seconds and at the end, so logs stay readable.
 */
final class ProgressDisplay implements Inspection.Progress {

    private static final int WIDTH = 30;
    private static final long BAR_EVERY_NANOS = 100_000_000L;
    private static final long LOG_EVERY_NANOS = 3_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastShown;

    ProgressDisplay(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void documentDone(int done, int total) {
        long now = System.nanoTime();
        boolean last = done == total;
        if (!last && now - lastShown < (terminal ? BAR_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            err.print("\r检查 [" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "] " + done + "/" + total + "  "
                    + String.format("%.1f", rate) + " 份/秒  剩余 " + clock(left) + "   ");
            if (last) {
                err.println();
            }
        } else {
            err.println("已检查 " + done + "/" + total + " 份（" + String.format("%.1f", rate) + " 份/秒，"
                    + (last ? "用时 " + clock(Math.round(seconds)) : "预计剩余 " + clock(left)) + "）");
        }
        err.flush();
    }

    static String clock(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
