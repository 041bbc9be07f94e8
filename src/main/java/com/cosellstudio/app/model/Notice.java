package com.cosellstudio.app.model;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A message for the user from the view model (a refused action), as a bundle key and arguments so
 * that the view renders it in the user's language; optionally with the action that resolves it,
 * offered as a button beside the message. A notice about a state of the document carries that
 * state as {@code holds}: once an undo or another change ends it, the notice goes too.
 *
 * @param actionKey the bundle key of the button's label; null for a notice without an action
 * @param action    what the button does; null when {@code actionKey} is
 */
public record Notice(String key, List<Object> args, String actionKey, Runnable action, BooleanSupplier holds) {
    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args), null, null, () -> true);
    }

    /** A notice that lasts while {@code holds} is true (a group at its limit stops being so on undo). */
    public static Notice whileTrue(BooleanSupplier holds, String key, Object... args) {
        return new Notice(key, List.of(args), null, null, holds);
    }

    /** This notice with a button labelled by {@code actionKey} that runs {@code action}. */
    public Notice withAction(String actionKey, Runnable action) {
        return new Notice(key, args, actionKey, action, holds);
    }

    public boolean stillHolds() {
        return holds.getAsBoolean();
    }
}
