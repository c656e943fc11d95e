package com.ladderbench.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/** Dialogs for things that went wrong. Bad input goes to the Run setup problem list instead. */
final class Dialogs {
    private Dialogs() {
    }

    /** A bug or an environment failure: a short message, the details (stack trace) folded away. */
    static void internalError(Window owner, String what, Throwable ex) {
        ExceptionDialog d = new ExceptionDialog(ex);
        d.setTitle("Ladderbench");
        d.setHeaderText(what + " failed: " + shortMessage(ex));
        if (owner != null) d.initOwner(owner);
        d.show();
    }

    /** A failure the analyst can act on (a file that cannot be written), without a stack trace. */
    static void error(Window owner, String what, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setTitle("Ladderbench");
        a.setHeaderText(what);
        if (owner != null) a.initOwner(owner);
        a.show();
    }

    static String shortMessage(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
