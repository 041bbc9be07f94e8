package com.cosellstudio.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one verb, parsed against its {@link Syntax}. Options may come before or after
 * the positional arguments, as {@code --name value} or {@code --name=value}; {@code --} ends the
 * options. Anything the syntax does not allow is a {@link UsageException} naming the verb.
 */
public final class Arguments {
    private final String verb;
    private final List<String> positionals;
    private final Map<String, String> options;
    private final Set<String> flags;

    private Arguments(String verb, List<String> positionals, Map<String, String> options, Set<String> flags) {
        this.verb = verb;
        this.positionals = positionals;
        this.options = options;
        this.flags = flags;
    }

    public static Arguments parse(String verb, List<String> raw, Syntax syntax) throws UsageException {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        boolean optionsEnded = false;
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            if (optionsEnded || !token.startsWith("--")) {
                if (positionals.size() == syntax.positionals().size()) {
                    throw new UsageException("error.unexpectedArgument", verb, token);
                }
                positionals.add(token);
                continue;
            }
            if (token.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = token.indexOf('=');
            String name = equals < 0 ? token : token.substring(0, equals);
            if (syntax.flags().contains(name)) {
                if (equals >= 0) {
                    throw new UsageException("error.flagTakesNoValue", verb, name);
                }
                flags.add(name);
                continue;
            }
            if (!syntax.valueOptions().contains(name)) {
                throw new UsageException("error.unknownOption", verb, name);
            }
            String value;
            if (equals >= 0) {
                value = token.substring(equals + 1);
            } else if (i + 1 < raw.size() && !raw.get(i + 1).startsWith("--")) {
                value = raw.get(++i);
            } else {
                throw new UsageException("error.missingValue", verb, name);
            }
            if (value.isEmpty()) {
                throw new UsageException("error.missingValue", verb, name);
            }
            if (options.putIfAbsent(name, value) != null) {
                throw new UsageException("error.repeatedOption", verb, name);
            }
        }
        if (positionals.size() < syntax.positionals().size()) {
            throw new UsageException("error.missingArgument", verb, syntax.positionals().get(positionals.size()));
        }
        return new Arguments(verb, List.copyOf(positionals), Map.copyOf(options), Set.copyOf(flags));
    }

    public String verb() {
        return verb;
    }

    /** The positional argument at {@code index} (present: the parser checked the count). */
    public String positional(int index) {
        return positionals.get(index);
    }

    /** The value of an option, or null when it was not given. */
    public String option(String name) {
        return options.get(name);
    }

    /** The value of an option, or {@code fallback}. */
    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** The value of an option the verb cannot do without. */
    public String requiredOption(String name, String placeholder) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("error.missingOption", verb, name, placeholder);
        }
        return value;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}
