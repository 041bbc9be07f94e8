package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.look.Appearance;
import com.cosellstudio.app.prefs.LookPrefs.ThemeChoice;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** View: the theme (light, dark, as the system) and the zoom. */
final class ViewMenu {
    private ViewMenu() {
    }

    static Menu build(UiText text, Appearance appearance) {
        Menu theme = new Menu(text.get("menu.view.theme"));
        theme.setMnemonicParsing(true);
        theme.setId("menu-view-theme");
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(text.get("menu.view.theme." + choice.name().toLowerCase(Locale.ROOT)));
            item.setMnemonicParsing(true);
            item.setId("menu-view-theme-" + choice.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setUserData(choice);
            item.setSelected(appearance.choiceProperty().get() == choice);
            item.setOnAction(event -> appearance.choose(choice));
            theme.getItems().add(item);
        }
        appearance.choiceProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == now)));

        Menu view = new Menu(text.get("menu.view"));
        view.setMnemonicParsing(true);
        view.setId("menu-view");
        view.getItems().addAll(theme, new SeparatorMenuItem(),
                item(text, "menu.view.zoomIn", "Shortcut+Plus", appearance::zoomIn),
                item(text, "menu.view.zoomOut", "Shortcut+Minus", appearance::zoomOut),
                item(text, "menu.view.zoomReset", "Shortcut+0", appearance::zoomReset));
        return view;
    }

    private static MenuItem item(UiText text, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        item.setMnemonicParsing(true);
        item.setId(key.replace('.', '-'));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }
}
