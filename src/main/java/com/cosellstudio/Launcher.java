package com.cosellstudio;

import com.cosellstudio.app.DesktopMain;
import com.cosellstudio.cli.Cli;
import com.cosellstudio.cli.QuietLogging;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The jar's main class. No arguments, or one argument naming an existing file: the window. A verb
 * ({@code check}, {@code convert}, {@code template}, {@code --help}): the command line. Deliberately
 * not a JavaFX {@code Application} and free of {@code javafx} imports, so the command line never
 * starts the toolkit and the shaded jar runs with a plain {@code java -jar}. It runs in the JVM it was
 * started in: JVM options made for the window or the command line are the native launchers' to set
 * ({@code installer/}), so signals, exit codes, debuggers and memory behave as with any Java program.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Cli cli = Cli.standard();
        if (opensWindow(args, cli)) {
            DesktopMain.open(args);
            return;
        }
        System.exit(runCommandLine(cli, args));
    }

    /** Runs the command line on the process's standard streams and returns its exit status. */
    static int runCommandLine(Cli cli, String[] args) {
        QuietLogging.install();
        // The process speaks one language: the readers' messages follow the default locale too.
        Locale.setDefault(cli.language(args));
        // System.out flushes on every line through a 128-byte buffer; a report of 100,000 rows
        // deserves one buffer flushed once.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
        int status = cli.run(args, out, System.err);
        out.flush();
        return status;
    }

    /** The window for no arguments or a lone existing file that is not also a verb. */
    static boolean opensWindow(String[] args, Cli cli) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || cli.understands(args[0])) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
