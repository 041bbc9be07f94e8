package com.cosellstudio.cli;

import com.cosellstudio.report.Texts;
import java.util.List;

/**
 * Wrong arguments. Carries a {@code cli.properties} key and its arguments rather than text, so the
 * one line printed on stderr is localised at the edge.
 */
public final class UsageException extends Exception {
    private final String key;
    private final List<Object> args;

    public UsageException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String render(Texts text) {
        return text.get(key, args.toArray());
    }
}
