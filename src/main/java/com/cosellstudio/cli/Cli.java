package com.cosellstudio.cli;

import com.cosellstudio.i18n.Languages;
import com.cosellstudio.i18n.Messages;
import com.cosellstudio.report.Texts;
import com.cosellstudio.rules.RuleEngine;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The command line: finds the verb, parses its arguments, runs it and turns every failure into one
 * line on stderr and an exit status. Nothing here calls {@code System.exit}, so tests run it in-process.
 */
public final class Cli {
    private static final List<String> HELP = List.of("--help", "-h", "help");

    private final VerbRegistry verbs;
    private final Locale locale;
    private final Supplier<RuleEngine> engineSource;

    public Cli(VerbRegistry verbs, Locale locale, Supplier<RuleEngine> engineSource) {
        this.verbs = verbs;
        this.locale = locale;
        this.engineSource = engineSource;
    }

    /** The product's command line in the system's language (Russian for ru, English otherwise). */
    public static Cli standard() {
        return new Cli(VerbRegistry.standard(), Languages.ofSystem(Locale.getDefault()), RuleEngine::shipped);
    }

    /** The language a run of {@code args} speaks: the one {@code --lang} asks for, or this command line's. */
    public Locale language(String[] args) {
        return LanguageOption.take(args, locale).language();
    }

    /** True when {@code word} is something this command line understands as its first argument. */
    public boolean understands(String word) {
        return HELP.contains(word) || verbs.find(word).isPresent();
    }

    /** Runs {@code args} (verb first) and returns the exit status. */
    public int run(String[] given, PrintStream out, PrintStream err) {
        LanguageOption language = LanguageOption.take(given, locale);
        String[] args = language.rest();
        CliContext context = new CliContext(out, err, language.language(), engineSource);
        if (language.wrong() != null) {
            err.println(context.text().get("error.badLang", language.wrong()));
            return ExitStatus.FAILURE;
        }
        if (args.length == 0) {
            err.println(context.text().get("error.noVerb"));
            return ExitStatus.FAILURE;
        }
        if (HELP.contains(args[0])) {
            printUsage(out, context.text());
            return ExitStatus.OK;
        }
        Optional<Verb> verb = verbs.find(args[0]);
        if (verb.isEmpty()) {
            err.println(context.text().get("error.unknownVerb", args[0]));
            return ExitStatus.FAILURE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(context.text().get("usage.prefix") + context.text().get(verb.get().usageKey()));
            out.println(context.text().get("usage.lang"));
            return ExitStatus.OK;
        }
        // Every verb works with the rule engine: compiling it is the longest part of a short run, so
        // it starts on a second core now, before anything else is done; the texts' formatter too.
        context.prepareEngine();
        Messages.warmUpInBackground(language.language());
        Arguments arguments = null;
        try {
            arguments = Arguments.parse(verb.get().name(), rest, verb.get().syntax());
            return verb.get().run(arguments, context);
        } catch (UsageException e) {
            err.println(e.render(context.text()));
            return ExitStatus.FAILURE;
        } catch (RuntimeException | Error e) {
            // Out of memory, or a bug of ours (on this thread or a checking one): still one line,
            // never a stack trace in a script's log.
            String file = arguments == null || verb.get().syntax().positionals().isEmpty() ? null : arguments.positional(0);
            return Unexpected.report(e, args[0], file, context);
        }
    }

    private void printUsage(PrintStream out, Texts text) {
        out.println(text.get("usage.title"));
        out.println();
        for (Verb verb : verbs.all()) {
            out.println("  " + text.get("usage.prefix") + text.get(verb.usageKey()));
        }
        out.println();
        out.println(text.get("usage.footer"));
        out.println(text.get("usage.lang"));
    }
}
