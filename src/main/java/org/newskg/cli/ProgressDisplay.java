package org.newskg.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.sys.ProgressListener;

/** A progress bar on the terminal; nothing when output is not a terminal, so logs and tests stay clean. */
final class ProgressDisplay implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressDisplay start(String task, long expected) {
        if (System.console() == null) {
            return new ProgressDisplay(null);
        }
        return new ProgressDisplay(new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(expected, 1))
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed().build());
    }

    @Override
    public void articleDone(String source) {
        step(source);
    }

    @Override
    public void articleSkipped(String source) {
        step(source);
    }

    private void step(String source) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" " + source);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
