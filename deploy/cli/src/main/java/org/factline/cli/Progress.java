package org.factline.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line with count, rate and ETA. On a terminal it redraws in place; otherwise (CI,
 * pipes) it prints a line every 10% so logs stay readable.
 */
final class Progress {

    private final PrintStream err;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int lastDecile = -1;

    Progress(PrintStream err, long total) {
        this.err = err;
        this.total = total;
        this.terminal = System.console() != null;
    }

    synchronized void update(long done) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = done / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        String line = String.format(Locale.ROOT, "%s %d/%d articles  %.1f/s  ETA %ds", bar(done), done, total, rate, eta);
        if (terminal) {
            err.print("\r" + line);
            if (done == total) {
                err.println();
            }
        } else {
            int decile = total == 0 ? 10 : (int) (done * 10 / total);
            if (decile != lastDecile || done == total) {
                lastDecile = decile;
                err.println(line);
            }
        }
    }

    private String bar(long done) {
        int width = 24;
        int filled = total == 0 ? width : (int) Math.min(width, done * width / total);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }
}
