package com.cosellstudio.app.model;

import java.util.List;

/**
 * A message for the user from the view model (a refused action), as a bundle key and arguments so
 * that the view renders it in the user's language; optionally with the action that resolves it,
 * offered as a button beside the message.
 *
 * @param actionKey the bundle key of the button's label; null for a notice without an action
 * @param action    what the button does; null when {@code actionKey} is
 */
public record Notice(String key, List<Object> args, String actionKey, Runnable action) {
    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args), null, null);
    }

    /** This notice with a button labelled by {@code actionKey} that runs {@code action}. */
    public Notice withAction(String actionKey, Runnable action) {
        return new Notice(key, args, actionKey, action);
    }
}
