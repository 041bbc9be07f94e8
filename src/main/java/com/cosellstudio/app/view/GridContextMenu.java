package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

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

    private static MenuItem item(UiText text, String key, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        // The main menu's labels, with the same Alt+letter mnemonics.
        item.setMnemonicParsing(true);
        item.setOnAction(event -> action.run());
        return item;
    }
}
