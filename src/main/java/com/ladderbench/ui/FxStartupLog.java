package com.ladderbench.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JavaFX warns on every start that it was loaded from the class path; in a shaded jar that is the
 * intended configuration, so the warning would only alarm users. Quieted where JavaFX starts (not
 * in the launcher): java.util.logging costs a headless command tens of milliseconds to set up.
 */
public final class FxStartupLog {
    /** Held in a field because java.util.logging keeps loggers weakly. */
    private static final Logger FX = Logger.getLogger("javafx");

    private FxStartupLog() {
    }

    /** Keeps JavaFX's start-up warnings out of the console; idempotent. */
    public static void quiet() {
        FX.setLevel(Level.SEVERE);
    }
}
