package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.undo.UndoStack;
import com.cosellstudio.i18n.Languages;
import com.cosellstudio.rules.ColumnGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the menu bar: File, Edit, Rows, Columns, Check, View, Help. Every label and accelerator from the bundle. */
final class MainMenu {
    private final UiText text;
    private final ObservableBooleanValue busy;

    MainMenu(UiText text, ObservableBooleanValue busy) {
        this.text = text;
        this.busy = busy;
    }

    /**
     * @param revisions the template revisions the rule engine knows, oldest first (File ▸ New,
     *                  File ▸ Convert, Check ▸ Template offer them)
     */
    MenuBar build(DocumentActions actions, RoundTripActions roundTrip, DealGrid grid, GridCommands commands, DocumentViewModel viewModel,
                  RecentFiles recent, List<String> revisions, BooleanProperty issuesVisible, Runnable quit,
                  Runnable focusFilter, Runnable about, Consumer<Locale> chooseLanguage) {
        String latest = revisions.get(revisions.size() - 1);
        // One item a revision, newest first, rather than a submenu: one click, and nothing opens by
        // itself as the pointer crosses the top of the menu.
        List<MenuItem> newItems = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            String revision = revisions.get(i);
            boolean newest = revision.equals(latest);
            MenuItem item = item("menu.file.new", newest ? "Shortcut+N" : null,
                    e -> actions.newFromTemplate(revision), true);
            // The newest takes N; each older one its own last digit, so that no two share a key.
            item.setText(newest ? text.format("menu.file.new", revision)
                    : text.format("menu.file.newOlder", mnemonicOnLastDigit(revision)));
            item.setId("menu-file-new-" + revision);
            newItems.add(item);
        }
        MenuItem convert = item("menu.file.convert", null, e -> actions.convertToLatest(), true);
        convert.setText(text.format("menu.file.convert", latest));
        MenuItem saveParts = item("menu.file.saveParts", null, e -> roundTrip.saveParts(), true);
        saveParts.textProperty().bind(Bindings.createStringBinding(
                () -> text.format("menu.file.saveParts", viewModel.dealLimit()),
                viewModel.document().columnsRevisionProperty()));
        Menu recentMenu = menu("menu.file.recent");
        recentMenu.setId("menu-recent");
        // Filled each time it opens, so it always shows what the preferences hold now.
        recentMenu.getItems().add(labelled("menu.file.recent.none"));
        recentMenu.setOnShowing(event -> fillRecent(recentMenu, recent, actions));

        Menu file = menu("menu.file");
        file.getItems().addAll(newItems);
        file.getItems().addAll(
                item("menu.file.open", "Shortcut+O", e -> actions.open(), true),
                recentMenu,
                new SeparatorMenuItem(),
                item("menu.file.save", "Shortcut+S", e -> actions.save(), true),
                item("menu.file.saveAs", "Shortcut+Shift+S", e -> actions.saveAs(), true),
                item("menu.file.saveChanged", null, e -> roundTrip.saveChangedOnly(), true),
                saveParts,
                item("menu.file.exportReport", null, e -> actions.exportReport(), true),
                new SeparatorMenuItem(),
                convert,
                item("menu.file.compare", null, e -> roundTrip.compareWith(), true),
                item("menu.file.merge", null, e -> roundTrip.merge(), true),
                item("menu.file.retry", null, e -> roundTrip.prepareRetry(), true),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", e -> quit.run(), false));

        UndoStack undo = viewModel.undoStack();
        MenuItem undoItem = historyItem("menu.edit.undo", "menu.edit.undoWhat", "Shortcut+Z", e -> commands.undo(),
                undo.undoKeyProperty(), undo.canUndoProperty());
        MenuItem redoItem = historyItem("menu.edit.redo", "menu.edit.redoWhat", "Shortcut+Y", e -> commands.redo(),
                undo.redoKeyProperty(), undo.canRedoProperty());
        GridClipboard clipboard = grid.clipboard();
        Menu edit = menu("menu.edit",
                undoItem, redoItem,
                new SeparatorMenuItem(),
                item("menu.edit.cut", "Shortcut+X", e -> clipboard.cut(), true),
                item("menu.edit.copy", "Shortcut+C", e -> clipboard.copy(), false),
                item("menu.edit.paste", "Shortcut+V", e -> clipboard.paste(), true),
                item("menu.edit.clear", "Delete", e -> clipboard.clear(), true),
                new SeparatorMenuItem(),
                item("menu.edit.edit", "F2", e -> grid.editFocused(null), true),
                item("menu.edit.filter", "Shortcut+F", e -> focusFilter.run(), false));

        Menu rows = menu("menu.rows",
                item("menu.rows.add", "Shortcut+I", e -> commands.addRow(), true),
                item("menu.rows.duplicate", "Shortcut+Shift+D", e -> commands.duplicateRows(), true),
                item("menu.rows.delete", "Shortcut+Shift+Minus", e -> commands.deleteRows(), true));

        MenuItem removeColumn = item("menu.columns.remove", null, e -> commands.removeFocusedColumn(), true);
        Menu columns = menu("menu.columns",
                item("menu.columns.addSolution", null, e -> commands.addGroupColumn(ColumnGroup.SOLUTION), true),
                item("menu.columns.addTeamMember", null, e -> commands.addGroupColumn(ColumnGroup.TEAM_MEMBER), true),
                new SeparatorMenuItem(),
                removeColumn);
        columns.setOnShowing(event -> {
            removeColumn.disableProperty().unbind();
            removeColumn.setDisable(busy.get() || !commands.canRemoveFocusedColumn());
        });

        CheckMenuItem errorsOnly = labelled(new CheckMenuItem(), "menu.check.errorsOnly");
        errorsOnly.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        errorsOnly.selectedProperty().bindBidirectional(viewModel.filter().errorsOnlyProperty());
        CheckMenuItem changedOnly = labelled(new CheckMenuItem(), "menu.check.changedOnly");
        changedOnly.setId("menu-check-changedOnly");
        changedOnly.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        changedOnly.selectedProperty().bindBidirectional(viewModel.filter().changedOnlyProperty());
        CheckMenuItem showIssues = labelled(new CheckMenuItem(), "menu.check.issues");
        showIssues.setAccelerator(KeyCombination.keyCombination("Shortcut+J"));
        showIssues.selectedProperty().bindBidirectional(issuesVisible);
        Menu check = menu("menu.check",
                item("menu.check.run", "F5", e -> actions.checkAll(), true),
                item("menu.check.next", "F8", e -> commands.jumpToError(true), false),
                item("menu.check.previous", "Shift+F8", e -> commands.jumpToError(false), false),
                new SeparatorMenuItem(),
                errorsOnly, changedOnly, showIssues,
                new SeparatorMenuItem(),
                templateMenu(actions, viewModel, revisions));

        // The window puts the theme and zoom above the language (ViewMenu).
        Menu view = menu("menu.view", languageMenu(chooseLanguage));
        view.setId("menu-view");
        Menu help = menu("menu.help", item("menu.help.about", null, e -> about.run(), false));

        MenuBar bar = new MenuBar(file, edit, rows, columns, check, view, help);
        bar.setId("main-menu");
        return bar;
    }

    /**
     * The bulk editing items (issue 13): File ▸ Export to Excel… after Export Report; Find and
     * Replace, Fill Down, Set Value and the column filters at the end of the Edit menu.
     */
    void addBulkItems(MenuBar bar, BulkEditActions bulk, ColumnFilterActions filters, ExcelExport excel) {
        Menu file = bar.getMenus().get(0);
        Menu edit = bar.getMenus().get(1);
        int report = 0;
        while (report < file.getItems().size() && !"menu-file-exportReport".equals(file.getItems().get(report).getId())) {
            report++;
        }
        file.getItems().add(Math.min(report + 1, file.getItems().size()),
                item("menu.file.exportExcel", null, e -> excel.export(), true));
        edit.getItems().addAll(
                new SeparatorMenuItem(),
                item("menu.edit.findReplace", "Shortcut+H", e -> bulk.findAndReplace(), true),
                item("menu.edit.fillDown", "Shortcut+D", e -> bulk.fillDown(), true),
                item("menu.edit.setValue", null, e -> bulk.setValue(), true),
                new SeparatorMenuItem(),
                item("menu.edit.filterValue", null, e -> filters.filterByFocusedValue(), true),
                item("menu.edit.filterError", null, e -> filters.filterFocusedHasError(), true),
                item("menu.edit.filterRemove", null, e -> filters.clearAll(), false));
    }

    /**
     * Check ▸ Template: check the document as its header tells, or as a revision chosen; the item
     * of the current choice is selected (also after a file is opened or converted).
     */
    private Menu templateMenu(DocumentActions actions, DocumentViewModel viewModel, List<String> revisions) {
        Menu menu = menu("menu.check.template");
        menu.setId("menu-check-template");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem told = labelled(new RadioMenuItem(), "menu.check.template.told");
        told.setId("menu-check-template-told");
        told.setToggleGroup(group);
        told.setOnAction(e -> actions.checkAs(null));
        menu.getItems().add(told);
        Map<String, RadioMenuItem> byRevision = new HashMap<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            String revision = revisions.get(i);
            RadioMenuItem item = mnemonic(new RadioMenuItem(),
                    text.format("menu.check.template.revision", mnemonicOnLastDigit(revision)));
            item.setId("menu-check-template-" + revision);
            item.setToggleGroup(group);
            item.setOnAction(e -> actions.checkAs(revision));
            byRevision.put(revision, item);
            menu.getItems().add(item);
        }
        Runnable showChoice = () -> {
            String chosen = viewModel.hasDocument() ? viewModel.document().chosenRevision() : null;
            group.selectToggle(chosen == null ? told : byRevision.get(chosen));
            told.setText(viewModel.hasDocument()
                    ? text.format("menu.check.template.toldAs", viewModel.document().engine()
                            .detect(viewModel.document().file().header()).id())
                    : text.get("menu.check.template.told"));
        };
        menu.setOnShowing(event -> showChoice.run());
        viewModel.document().columnsRevisionProperty().addListener((obs, old, now) -> showChoice.run());
        menu.disableProperty().bind(busy);
        return menu;
    }

    /** View ▸ Language: each language named in itself, so a user who cannot read the other finds theirs. */
    private Menu languageMenu(Consumer<Locale> choose) {
        Menu menu = menu("menu.view.language");
        menu.setId("menu-view-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale language : Languages.SUPPORTED) {
            // The name's first letter is its key: E for English, Р for Русский.
            RadioMenuItem item = mnemonic(new RadioMenuItem(), "_" + Languages.nameInItself(language));
            item.setId("menu-view-language-" + language.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(Languages.sameLanguage(language, text.locale()));
            item.setOnAction(e -> choose.accept(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void fillRecent(Menu menu, RecentFiles recent, DocumentActions actions) {
        List<Path> files = recent.list();
        if (files.isEmpty()) {
            MenuItem none = labelled("menu.file.recent.none");
            none.setDisable(true);
            menu.getItems().setAll(none);
            return;
        }
        menu.getItems().clear();
        for (int i = 0; i < files.size(); i++) {
            Path path = files.get(i);
            // A digit key each, in list order (the list holds no more files than there are digits).
            MenuItem item = mnemonic(new MenuItem(), text.format("menu.file.recent.item",
                    String.valueOf((i + 1) % 10), path.toString().replace("_", "__")));
            item.setOnAction(event -> actions.openFile(path));
            menu.getItems().add(item);
        }
    }

    /**
     * Undo or Redo: named after the step it would take ("Undo Paste", {@code stepPatternKey}),
     * disabled while busy or when there is no such step.
     */
    private MenuItem historyItem(String key, String stepPatternKey, String accelerator, EventHandler<ActionEvent> action,
                                 ReadOnlyStringProperty stepKey, ReadOnlyBooleanProperty possible) {
        MenuItem item = item(key, accelerator, action, false);
        item.textProperty().bind(Bindings.createStringBinding(() -> stepKey.get() == null
                ? text.get(key) : text.format(stepPatternKey, text.get(stepKey.get())), stepKey));
        item.disableProperty().bind(Bindings.or(busy, possible.not()));
        return item;
    }

    private MenuItem item(String key, String accelerator, EventHandler<ActionEvent> action, boolean disabledWhileBusy) {
        MenuItem item = labelled(key);
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        if (disabledWhileBusy) {
            item.disableProperty().bind(busy);
        }
        return item;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = labelled(new Menu(), key);
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem labelled(String key) {
        return labelled(new MenuItem(), key);
    }

    private <T extends MenuItem> T labelled(T item, String key) {
        return mnemonic(item, text.get(key));
    }

    /** Labels {@code item} with {@code label}, whose {@code _} marks its Alt+letter mnemonic. */
    private static <T extends MenuItem> T mnemonic(T item, String label) {
        item.setMnemonicParsing(true);
        item.setText(label);
        return item;
    }

    /** "202_1": the mnemonic mark before the last character of a revision. */
    private static String mnemonicOnLastDigit(String revision) {
        int last = revision.length() - 1;
        return revision.substring(0, last) + "_" + revision.substring(last);
    }
}
