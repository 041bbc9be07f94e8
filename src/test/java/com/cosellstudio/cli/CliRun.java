package com.cosellstudio.cli;

import com.cosellstudio.rules.RuleEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One in-process run of the command line, its streams captured. */
record CliRun(int status, String out, String err) {
    static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static RuleEngine engine;

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(VerbRegistry.standard(), Locale.ROOT, CliRun::engine);
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = cli.run(args, outStream, errStream);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    /** The rule pack is compiled once for all CLI tests, as the real command line does once per run. */
    private static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.standard();
        }
        return engine;
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
