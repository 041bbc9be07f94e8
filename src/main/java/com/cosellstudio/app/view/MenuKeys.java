package com.cosellstudio.app.view;

import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The letter keys while a menu is open. JavaFX picks a menu item by its mnemonic only while Alt is
 * held, and hands any other key on to the window: after Alt+F, pressing O typed "o" into the grid.
 * Here, while a menu of the bar or the grid's context menu is open, a letter or digit picks the
 * item of the innermost open menu whose mnemonic it is, as menus do elsewhere, and no key typed
 * reaches the grid. Arrows, Enter and Esc stay the menu's own.
 */
final class MenuKeys {
    private final MenuBar bar;
    private final ContextMenu context;
    /** The letter that chose an item has closed the menu; its typed character must not follow. */
    private boolean swallowTyped;

    private MenuKeys(MenuBar bar, ContextMenu context) {
        this.bar = bar;
        this.context = context;
    }

    static void install(Scene scene, MenuBar bar, ContextMenu context) {
        MenuKeys keys = new MenuKeys(bar, context);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, keys::typed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> keys.swallowTyped = false);
    }

    private void pressed(KeyEvent event) {
        if (event.isAltDown() || event.isShortcutDown() || event.isControlDown() || event.isMetaDown()
                || !(event.getCode().isLetterKey() || event.getCode().isDigitKey())) {
            return;
        }
        List<MenuItem> items = openItems();
        if (items == null) {
            return;
        }
        event.consume();
        swallowTyped = true;
        // The key's own letter, whatever the keyboard layout types with it, as JavaFX's mnemonics do.
        String key = event.getCode().getChar();
        for (MenuItem item : items) {
            if (!item.isDisable() && item.isVisible() && key.equalsIgnoreCase(mnemonicOf(item))) {
                choose(item);
                return;
            }
        }
    }

    private void typed(KeyEvent event) {
        if (swallowTyped || openItems() != null) {
            swallowTyped = false;
            event.consume();
        }
    }

    /** The items of the innermost open menu, or null when no menu is open. */
    private List<MenuItem> openItems() {
        List<MenuItem> open = null;
        for (Menu menu : bar.getMenus()) {
            if (menu.isShowing()) {
                open = innermost(menu);
            }
        }
        if (open == null && context != null && context.isShowing()) {
            open = context.getItems();
        }
        return open;
    }

    private static List<MenuItem> innermost(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu && submenu.isShowing()) {
                return innermost(submenu);
            }
        }
        return menu.getItems();
    }

    /** Does what a click on the item does, and closes the menus (but opens a submenu). */
    private void choose(MenuItem item) {
        if (item instanceof Menu submenu) {
            // An open menu opens a submenu from its entry, as the Right key on it does.
            Node entry = submenu.getStyleableNode();
            if (entry != null) {
                entry.requestFocus();
                Event.fireEvent(entry, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT,
                        false, false, false, false));
            }
            return;
        }
        closeAll();
        if (item instanceof RadioMenuItem radio) {
            radio.setSelected(true);
        } else if (item instanceof CheckMenuItem check) {
            check.setSelected(!check.isSelected());
        }
        item.fire();
    }

    private void closeAll() {
        for (Menu menu : bar.getMenus()) {
            menu.hide();
        }
        if (context != null) {
            context.hide();
        }
    }

    /** The character after the label's first single underscore ("__" shows one), or null. */
    static String mnemonicOf(MenuItem item) {
        String text = item.getText();
        if (!item.isMnemonicParsing() || text == null) {
            return null;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) != '_') {
                    return String.valueOf(text.charAt(i + 1));
                }
                i++;
            }
        }
        return null;
    }
}
