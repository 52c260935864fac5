package org.factline.evaluation;

import java.util.Locale;

/** Dev is for tuning; test is reported and never tuned on. */
public enum Split {
    DEV, TEST;

    /** Directory or file stem of the split ("dev", "test"). */
    public String stem() {
        return name().toLowerCase(Locale.ROOT);
    }
}
