package com.cosellstudio.app.model;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A message for the user from the view model (a refused action), as a bundle key and arguments so
 * that the view renders it in the user's language. A notice about a state of the document carries
 * that state as {@code holds}: once an undo or another change ends it, the notice goes too.
 */
public record Notice(String key, List<Object> args, BooleanSupplier holds) {
    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args), () -> true);
    }

    /** A notice that lasts while {@code holds} is true (a group at its limit stops being so on undo). */
    public static Notice whileTrue(BooleanSupplier holds, String key, Object... args) {
        return new Notice(key, List.of(args), holds);
    }

    public boolean stillHolds() {
        return holds.getAsBoolean();
    }
}
