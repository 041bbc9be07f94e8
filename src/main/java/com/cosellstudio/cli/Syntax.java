package com.cosellstudio.cli;

import java.util.List;
import java.util.Set;

/**
 * What a verb accepts: its positional arguments (by the names shown in messages, e.g. "FILE"),
 * the options that take a value ({@code --format json}) and the flags that take none
 * ({@code --changed-only}).
 */
public record Syntax(List<String> positionals, Set<String> valueOptions, Set<String> flags) {
    public Syntax {
        positionals = List.copyOf(positionals);
        valueOptions = Set.copyOf(valueOptions);
        flags = Set.copyOf(flags);
    }

    /** A syntax without flags. */
    public static Syntax of(List<String> positionals, String... valueOptions) {
        return new Syntax(positionals, Set.of(valueOptions), Set.of());
    }
}
