package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.look.Appearance;
import com.cosellstudio.app.prefs.LookPrefs.ThemeChoice;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** View's first items: the theme (light, dark, as the system) and the zoom; the language follows them. */
final class ViewMenu {
    private ViewMenu() {
    }

    static List<MenuItem> items(UiText text, Appearance appearance) {
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

        return List.of(theme, new SeparatorMenuItem(),
                item(text, "menu.view.zoomIn", "Shortcut+Plus", appearance::zoomIn),
                item(text, "menu.view.zoomOut", "Shortcut+Minus", appearance::zoomOut),
                item(text, "menu.view.zoomReset", "Shortcut+0", appearance::zoomReset),
                new SeparatorMenuItem());
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
