package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.i18n.Bundles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in the pseudo-language, where every text of a bundle reads {@code [!…!]}: on a checked
 * sample, every text the user can see — labels, buttons, menus, tooltips, prompts, column help, the
 * title — is wrapped, apart from the file's own data, numbers and the language names of View ▸
 * Language. Unwrapped words were written in the code, not read from a bundle, and would stay
 * English in Russian.
 */
class PseudoLanguageWindowTest extends WindowTestBase {
    private static final Pattern WRAPPED = Pattern.compile("\\[!((?!\\[!).)*?!]", Pattern.DOTALL);
    /** What may stand outside the wrapping: digits, punctuation, symbols and spaces. */
    private static final Pattern NO_WORDS = Pattern.compile("[\\s\\d\\p{Punct}\\p{S}—–…·]*");
    private static Locale before;
    private Stage stage;

    @BeforeAll
    static void speakThePseudoLanguage() {
        // As DesktopMain does with the chosen language: what follows the default locale follows it too.
        before = Locale.getDefault();
        Locale.setDefault(Bundles.PSEUDO);
    }

    @AfterAll
    static void restoreTheLanguage() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        startWindow(stage, Bundles.PSEUDO);
    }

    @Test
    void everyVisibleTextComesFromABundle(FxRobot robot) throws Exception {
        openSample(robot, "deals-with-errors.csv", 60);
        Set<String> data = fileData();
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            texts.add(stage.getTitle());
            collect(stage.getScene().getRoot(), texts);
            collectMenus(robot.lookup("#main-menu").queryAs(MenuBar.class), texts);
            collectColumnHelp(robot, texts);
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<String> unwrapped = new ArrayList<>();
        for (String text : texts) {
            if (!fromBundles(text, data)) {
                unwrapped.add(text);
            }
        }
        assertEquals(List.of(), unwrapped);
        // The detector itself: a word outside the wrapping is caught, data and numbers are not.
        assertFalse(fromBundles("[!Saved!] to disk", data));
        assertTrue(fromBundles("[!Saved [!12!] rows!] deals-with-errors.csv (3)", data));
        assertTrue(texts.size() > 80, "the walk found the window's texts: " + texts.size());
    }

    /** Every visible text of the scene outside the grid's cells and headers (the file's data). */
    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible() || node instanceof TableView<?> grid && "deal-grid".equals(grid.getId())) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null && !input.getPromptText().isBlank()) {
            texts.add(input.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            texts.add(control.getTooltip().getText());
        }
        if (node instanceof Control control && control.getAccessibleText() != null) {
            texts.add(control.getAccessibleText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    /** Every menu and item, submenus included; the languages are named in themselves, never translated. */
    private static void collectMenus(MenuBar bar, List<String> texts) {
        List<MenuItem> items = new ArrayList<>(bar.getMenus());
        for (int i = 0; i < items.size(); i++) {
            MenuItem item = items.get(i);
            if (item instanceof Menu menu) {
                items.addAll(menu.getItems());
            }
            boolean languageName = item.getId() != null && item.getId().startsWith("menu-view-language-");
            if (item.getText() != null && !item.getText().isBlank() && !languageName) {
                texts.add(item.getText());
            }
        }
    }

    /** The help of every grid column, as the pointer on its header shows it, without its first line (the column's name). */
    @SuppressWarnings("unchecked")
    private void collectColumnHelp(FxRobot robot, List<String> texts) {
        TableView<GridRow> grid = grid(robot);
        for (var column : grid.getColumns()) {
            if (column.getGraphic() instanceof Labeled title && title.getOnMouseEntered() != null) {
                ((EventHandler<MouseEvent>) title.getOnMouseEntered()).handle(null);
                Tooltip help = title.getTooltip();
                String[] lines = help.getText().split("\n");
                for (int i = 1; i < lines.length; i++) {
                    // "  6 — [!Proposed time line was too short!]": the value is the pack's, the label a text.
                    String line = lines[i].startsWith("  ") && lines[i].contains(" — ")
                            ? lines[i].substring(lines[i].indexOf(" — ") + 3) : lines[i];
                    texts.add(line);
                }
            }
        }
    }

    /** The document's file name, header names and cells, and the pack's values: what no bundle translates. */
    private Set<String> fileData() {
        Set<String> data = new HashSet<>();
        var document = window.viewModel().document();
        data.add(document.file().path().getFileName().toString());
        data.addAll(document.file().header());
        for (int row = 0; row < document.rows().size(); row++) {
            for (int column = 0; column < document.file().header().size(); column++) {
                data.add(document.rows().get(row).get(column));
            }
        }
        for (int column = 0; column < document.file().header().size(); column++) {
            data.add(document.layout().canonicalName(column));
            var spec = document.spec(column);
            if (spec != null) {
                spec.allowedValues().forEach(value -> data.add(value.value()));
            }
        }
        data.remove(null);
        data.remove("");
        return data;
    }

    /** Whether nothing but data, digits and punctuation is left once the wrapped texts are taken out. */
    private static boolean fromBundles(String text, Set<String> data) {
        String left = text;
        for (String unwrapped = WRAPPED.matcher(left).replaceAll(" "); !unwrapped.equals(left);
             unwrapped = WRAPPED.matcher(left).replaceAll(" ")) {
            left = unwrapped;
        }
        String rest = left.strip();
        return NO_WORDS.matcher(rest).matches() || data.contains(rest)
                || data.stream().anyMatch(datum -> datum.length() > 1 && NO_WORDS.matcher(rest.replace(datum, " ")).matches());
    }
}
