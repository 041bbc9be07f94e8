package com.cosellstudio.app.look;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each system's answer means: dark only when it says so, light when it says nothing. */
class SystemThemeTest {

    @Test
    void linuxReadsTheGtkThemeThenGnomesColourScheme() {
        assertTrue(SystemTheme.linuxSaysDark(Map.of("GTK_THEME", "Adwaita:dark"), () -> null));
        assertTrue(SystemTheme.linuxSaysDark(Map.of("GTK_THEME", "Yaru-dark"), () -> null));
        assertFalse(SystemTheme.linuxSaysDark(Map.of("GTK_THEME", "Adwaita"), () -> "'prefer-dark'"),
                "a theme named outright wins over the colour scheme");
        assertTrue(SystemTheme.linuxSaysDark(Map.of(), () -> "'prefer-dark'\n"));
        assertFalse(SystemTheme.linuxSaysDark(Map.of(), () -> "'default'\n"));
        assertFalse(SystemTheme.linuxSaysDark(Map.of(), () -> null), "no gsettings: light");
    }

    @Test
    void windowsIsDarkWhenAppsDoNotUseTheLightTheme() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertTrue(SystemTheme.windowsSaysDark(dark));
        assertFalse(SystemTheme.windowsSaysDark(dark.replace("0x0", "0x1")));
        assertFalse(SystemTheme.windowsSaysDark(null));
    }

    @Test
    void macIsDarkWhenTheInterfaceStyleIsDark() {
        assertTrue(SystemTheme.macSaysDark("Dark\n"));
        assertFalse(SystemTheme.macSaysDark(null), "the key is missing in light mode");
    }
}
