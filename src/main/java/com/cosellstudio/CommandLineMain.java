package com.cosellstudio;

import com.cosellstudio.cli.Cli;

/**
 * The command-line launcher's main class ({@code bin/cosell-studio-cli} of the installed app):
 * always the command line, never the window, so {@code cosell-studio-cli deals.csv} reports a
 * usage error instead of opening a window, and no arguments print the usage.
 */
public final class CommandLineMain {
    private CommandLineMain() {
    }

    public static void main(String[] args) {
        System.exit(Launcher.runCommandLine(Cli.standard(), args));
    }
}
