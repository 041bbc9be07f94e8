package com.cosellstudio.app;

import com.cosellstudio.app.prefs.LanguagePreference;
import com.cosellstudio.app.look.LookStart;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.task.TaskRunner;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.RuleEngine;
import java.util.function.Function;

/**
 * What the window is built from, passed in rather than reached through singletons so tests can
 * give their own preferences node or task runner. {@link StudioApplication#openWindow} builds the
 * desktop one.
 *
 * @param engine   the compiled rule pack
 * @param text     the window's strings
 * @param messages renders an issue in the user's language (the same text as the reports)
 * @param files    reading and writing documents and reports
 * @param recent   File ▸ Open Recent
 * @param tasks    background work (loading, checking, saving)
 * @param language View ▸ Language, remembered for the next start
 * @param look     the theme, zoom, window place and column widths the user left
 */
public record AppContext(RuleEngine engine, UiText text, Function<Issue, String> messages, DocumentFiles files,
                         RecentFiles recent, TaskRunner tasks, LanguagePreference language, LookStart look) {
}
