package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.rules.Fix;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.WindowEvent;

/** The grid's right-click menu: the clipboard, row operations and removing an empty column. */
final class GridContextMenu {
    private GridContextMenu() {
    }

    static ContextMenu build(UiText text, DealGrid grid, GridCommands commands) {
        GridClipboard clipboard = grid.clipboard();
        MenuItem removeColumn = item(text, "menu.columns.remove", commands::removeFocusedColumn);
        ContextMenu menu = new ContextMenu(
                item(text, "menu.edit.cut", clipboard::cut),
                item(text, "menu.edit.copy", clipboard::copy),
                item(text, "menu.edit.paste", clipboard::paste),
                item(text, "menu.edit.clear", clipboard::clear),
                new SeparatorMenuItem(),
                item(text, "menu.rows.add", commands::addRow),
                item(text, "menu.rows.duplicate", commands::duplicateRows),
                item(text, "menu.rows.delete", commands::deleteRows),
                new SeparatorMenuItem(),
                removeColumn);
        menu.setOnShowing(event -> removeColumn.setDisable(!commands.canRemoveFocusedColumn()));
        return menu;
    }

    /** Set Value and the column filters of the focused cell (bulk editing), after the clipboard's items. */
    static void addBulkItems(ContextMenu menu, UiText text, BulkEditActions bulk, ColumnFilterActions filters) {
        int after = 4;
        menu.getItems().addAll(after, java.util.List.of(
                item(text, "menu.edit.fillDown", bulk::fillDown),
                item(text, "menu.edit.setValue", bulk::setValue),
                new SeparatorMenuItem(),
                item(text, "menu.edit.filterValue", filters::filterByFocusedValue),
                item(text, "menu.edit.filterError", filters::filterFocusedHasError),
                item(text, "menu.edit.filterRemove", filters::clearAll)));
    }

    /**
     * "Fix" and "Fix All Like This…" at the top, enabled when the focused cell's issue carries a
     * fix; "Fix" names the value it sets.
     */
    static void addFixItems(ContextMenu menu, UiText text, FixActions fixes) {
        MenuItem fix = item(text, "fix.menu.cell", fixes::fixFocused);
        fix.setId("context-fix");
        MenuItem all = item(text, "fix.menu.all", fixes::fixAllLikeFocused);
        all.setId("context-fix-all");
        menu.getItems().addAll(0, List.of(fix, all, new SeparatorMenuItem()));
        menu.addEventHandler(WindowEvent.WINDOW_SHOWING, event -> {
            Fix offered = fixes.focusedFix();
            // The value shown as typed: an underscore in it is no mnemonic.
            fix.setText(offered == null ? text.get("fix.menu.cell")
                    : text.format("fix.menu.cellTo", offered.value().replace("_", "__")));
            fix.setDisable(offered == null);
            all.setDisable(offered == null);
        });
    }

    private static MenuItem item(UiText text, String key, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        // The main menu's labels, with the same Alt+letter mnemonics.
        item.setMnemonicParsing(true);
        item.setOnAction(event -> action.run());
        return item;
    }
}
