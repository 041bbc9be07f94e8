package com.cosellstudio.app.model;

import java.util.List;

/**
 * A message for the user from the view model (a refused action), as a bundle key and arguments so
 * that the view renders it in the user's language.
 */
public record Notice(String key, List<Object> args) {
    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args));
    }
}
