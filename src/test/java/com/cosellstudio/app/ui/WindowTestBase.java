package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.cosellstudio.app.AppContext;
import com.cosellstudio.app.DocumentFiles;
import com.cosellstudio.app.Samples;
import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.prefs.LanguagePreference;
import com.cosellstudio.app.look.LookStart;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.task.FxTaskRunner;
import com.cosellstudio.app.view.FileChooserPort;
import com.cosellstudio.app.view.MainWindow;
import com.cosellstudio.rules.IssueMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.css.PseudoClass;
import com.cosellstudio.rules.AllowedValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a headless stage, with its own preferences node and a file chooser the
 * test answers. Helpers find grid cells the way a user sees them: by row number and column name.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    MainWindow window;
    Preferences preferences;
    Path nextSaveTarget;
    Path nextOpenTarget;
    List<Path> nextOpenTargets = List.of();
    Path nextFolder;

    /** Each test class calls this from its own {@code @Start} method (TestFX looks only there). */
    void startWindow(Stage stage) {
        startWindow(stage, UiText.forDefaultLocale(), IssueMessages.forLocale(Locale.ENGLISH));
    }

    /** The window in {@code language}: its texts and the rule messages it shows. */
    void startWindow(Stage stage, Locale language) {
        startWindow(stage, UiText.forLocale(language), IssueMessages.forLocale(language));
    }

    private void startWindow(Stage stage, UiText text, IssueMessages messages) {
        preferences = Preferences.userRoot().node("com/cosellstudio/studio-test/" + System.nanoTime());
        window = new MainWindow(stage, context(text, messages));
        window.actions().setChooser(new FileChooserPort() {
            @Override
            public Path chooseToOpen(Path folder) {
                return nextOpenTarget;
            }

            @Override
            public Path chooseToSave(Path folder, String suggestedName) {
                return nextSaveTarget;
            }

            @Override
            public List<Path> chooseManyToOpen(Path folder) {
                return nextOpenTargets;
            }

            @Override
            public Path chooseFolder(Path folder, String suggestedName) {
                return nextFolder;
            }
        });
        window.actions().showTemplate();
        window.show();
    }

    /** What a window of this test is built from: its own preferences, which a second window shares. */
    AppContext context() {
        return context(UiText.forDefaultLocale(), IssueMessages.forLocale(Locale.ENGLISH));
    }

    private AppContext context(UiText text, IssueMessages messages) {
        return new AppContext(Samples.ENGINE, text, messages::render, new DocumentFiles(), new RecentFiles(preferences),
                new FxTaskRunner(), new LanguagePreference(preferences), LookStart.begin(new LookPrefs(preferences)));
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }

    /** Opens a sample as the command line does and waits until the grid shows it. */
    void openSample(FxRobot robot, String name, int rows) throws TimeoutException {
        open(robot, Samples.path(name), rows);
    }

    /** Opens a file as the command line does and waits until the grid shows it. */
    void open(FxRobot robot, Path path, int rows) throws TimeoutException {
        robot.interact(() -> window.actions().load(path));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().document().rows().size() == rows
                && path.equals(window.viewModel().document().file().path()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a dialog is showing and returns its pane. */
    DialogPane dialog(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingDialog(robot) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return showingDialog(robot);
    }

    private static DialogPane showingDialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").match((DialogPane pane) -> pane.getScene() != null
                && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()).tryQuery().map(DialogPane.class::cast).orElse(null);
    }

    int column(String name) {
        return window.viewModel().document().layout().indexOf(name);
    }

    TableView<GridRow> grid(FxRobot robot) {
        return robot.lookup("#deal-grid").queryTableView();
    }

    /** Scrolls the cell into view and returns the cell node showing it. */
    TableCell<?, ?> cell(FxRobot robot, int rowNumber, String columnName) {
        int column = column(columnName);
        int viewRow = window.viewModel().viewRows().indexOf(window.viewModel().document().rows().get(rowNumber - 1));
        robot.interact(() -> window.grid().select(viewRow, column));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> found = robot.lookup(".deal-cell").match((TableCell<?, ?> cell) ->
                cell.getIndex() == viewRow && Integer.valueOf(column).equals(cell.getTableColumn().getUserData())
                        && showing(cell)).query();
        assertNotNull(found, "cell " + rowNumber + " " + columnName);
        return found;
    }

    /** Whether the node and every parent are visible (the grid keeps spare rows, hidden, with their cells). */
    static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Types {@code value} into a cell as a user does: click it, type, Enter. */
    void typeInto(FxRobot robot, int rowNumber, String columnName, String value) {
        robot.clickOn(cell(robot, rowNumber, columnName));
        robot.write(value);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a cell's list editor with F2 and returns it ({@code selector} finds it in the grid). */
    @SuppressWarnings("unchecked")
    ComboBox<AllowedValue> openList(FxRobot robot, int rowNumber, String columnName, String selector) {
        robot.clickOn(cell(robot, rowNumber, columnName));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#deal-grid " + selector).queryAs(ComboBox.class);
    }

    /** The help a user reads hovering over a column's title (its rule, format and allowed values). */
    String columnHelp(FxRobot robot, String columnName) {
        cell(robot, 1, columnName);
        Label title = robot.lookup(".column-title").match((Label label) -> label.getText().equals(columnName))
                .queryAs(Label.class);
        robot.moveTo(title);
        WaitForAsyncUtils.waitForFxEvents();
        return title.getTooltip().getText();
    }

    String value(int rowNumber, String columnName) {
        return window.viewModel().document().rows().get(rowNumber - 1).get(column(columnName));
    }

    /** The menu item with this id, wherever it is in the menu bar. */
    static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>(bar.getMenus());
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).getId())) {
                return items.get(i);
            }
            if (items.get(i) instanceof Menu menu) {
                items.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}
