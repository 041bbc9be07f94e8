package com.cosellstudio.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The verbs the command line knows, in the order {@code --help} lists them. A new verb is one
 * class and one {@link #register} line in {@link #standard()} (plus its usage line in
 * {@code cli.properties}).
 */
public final class VerbRegistry {
    private final Map<String, Verb> verbs = new LinkedHashMap<>();

    /** Every verb of the product. */
    public static VerbRegistry standard() {
        return new VerbRegistry()
                .register(new CheckVerb())
                .register(new ConvertVerb())
                .register(new FixVerb())
                .register(new TemplateVerb())
                .register(new SplitVerb())
                .register(new RetryVerb());
    }

    public VerbRegistry register(Verb verb) {
        if (verbs.putIfAbsent(verb.name(), verb) != null) {
            throw new IllegalArgumentException("verb registered twice: " + verb.name());
        }
        return this;
    }

    public Optional<Verb> find(String name) {
        return Optional.ofNullable(verbs.get(name));
    }

    public Collection<Verb> all() {
        return verbs.values();
    }
}
