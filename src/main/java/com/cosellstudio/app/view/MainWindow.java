package com.cosellstudio.app.view;

import com.cosellstudio.app.AppContext;
import com.cosellstudio.app.UiText;
import com.cosellstudio.app.look.Appearance;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.Notice;
import com.cosellstudio.app.prefs.LanguagePreference;
import com.cosellstudio.app.recovery.JournalFolder;
import com.cosellstudio.app.recovery.RecoveryJournal;
import com.cosellstudio.app.task.TaskRunner;
import com.cosellstudio.i18n.Languages;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window, assembled from its panels: menu and tool bar, the file banner, the grid with the
 * issues panel below it, the status bar. It owns nothing but the wiring; each panel is its own class.
 */
public final class MainWindow {
    private final Stage stage;
    private final DocumentViewModel viewModel;
    private final DealGrid grid;
    private final GridCommands commands;
    private final IssuesPanel issues;
    private final DocumentActions actions;
    private final RoundTripActions roundTrip;
    private final BulkEditActions bulk;
    private final ColumnFilterActions filters;
    private final ExcelExport excel;
    private final BooleanProperty issuesVisible = new SimpleBooleanProperty(this, "issuesVisible");
    private final SplitPane center = new SplitPane();
    private final Scene scene;
    private final ReadOnlyBooleanProperty busy;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final UiText text;
    private final LanguagePreference language;
    private final Appearance appearance;
    private final LookPrefs look;
    private RecoveryJournal journal;
    private JournalFolder journals;
    private Runnable onClosed = () -> { };

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        UiText text = context.text();
        this.viewModel = new DocumentViewModel(context.engine());
        this.grid = new DealGrid(viewModel, text, context.messages());
        this.commands = new GridCommands(grid);
        this.issues = new IssuesPanel(viewModel, grid, text, context.messages());
        this.text = text;
        this.language = context.language();
        this.dialogs = new Dialogs(() -> stage, text);
        dialogs.catchUncaught();
        this.actions = new DocumentActions(context, viewModel, dialogs, new SystemFileChooser(stage, text));
        this.tasks = context.tasks();
        this.look = context.look().prefs();
        this.appearance = new Appearance(context.look());
        grid.useLook(look, appearance.zoomProperty());
        this.busy = tasks.busyProperty();
        // A column added or removed re-checks every row: off the UI thread, while the user goes on
        // (pressing Ctrl+Z ten times undoes ten steps, not the first and whatever came after the check).
        viewModel.document().setWholeFileChecks((check, apply) -> tasks.runBeside(check, apply,
                actions::checkFailed));
        this.roundTrip = new RoundTripActions(context, viewModel, actions, dialogs);
        actions.setOnChecked(() -> issuesVisible.set(true));
        actions.setOnOpened(() -> {
            grid.select(0, 0);
            grid.focus();
        });
        issues.setOnClose(() -> issuesVisible.set(false));

        MainToolBar toolBar = new MainToolBar(text);
        MainMenu menu = new MainMenu(text, busy);
        MenuBar menuBar = menu.build(actions, roundTrip, grid, commands, viewModel, context.recent(),
                context.engine().revisions(), issuesVisible, this::requestClose, () -> toolBar.filterField().requestFocus(),
                dialogs::about, this::chooseLanguage);
        menuBar.getMenus().stream().filter(each -> "menu-view".equals(each.getId())).findFirst()
                .ifPresent(view -> view.getItems().addAll(0, ViewMenu.items(text, appearance)));
        VBox top = new VBox(menuBar, toolBar.build(actions, commands, viewModel, busy));
        this.bulk = new BulkEditActions(grid, text, tasks);
        this.filters = new ColumnFilterActions(grid, text);
        this.excel = new ExcelExport(context, viewModel, actions, dialogs);
        menu.addBulkItems(menuBar, bulk, filters, excel);

        center.setOrientation(javafx.geometry.Orientation.VERTICAL);
        center.getItems().setAll(grid.node());
        // The grid stays in place when the panel comes and goes: taken out and put back, it would lose the keyboard.
        issuesVisible.addListener((obs, old, visible) -> {
            if (visible) {
                center.getItems().add(issues.node());
                center.setDividerPositions(0.68);
            } else {
                center.getItems().remove(issues.node());
            }
        });
        grid.node().disableProperty().bind(busy);
        grid.node().setContextMenu(GridContextMenu.build(text, grid, commands));
        GridContextMenu.addBulkItems(grid.node().getContextMenu(), text, bulk, filters);
        FixActions fixes = new FixActions(grid, text);
        GridContextMenu.addFixItems(grid.node().getContextMenu(), text, fixes);
        issues.useFixes(fixes);

        FileBanner banner = new FileBanner(viewModel, text, context.messages(), roundTrip::saveParts);
        VBox middle = new VBox(banner.node(), filters.bar(), center);
        VBox.setVgrow(center, Priority.ALWAYS);

        BorderPane root = new BorderPane(middle);
        root.setTop(top);
        CellMessageItem cellMessage = new CellMessageItem(grid, viewModel, text, context.messages(), fixes);
        root.setBottom(new StatusBarView(viewModel, tasks, text, cellMessage.node()).node());
        root.setId("main-window");
        appearance.attach(root);

        // As large as is comfortable, never larger than the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1400, screen.getWidth() * 0.95), Math.min(860, screen.getHeight() * 0.92));
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/com/cosellstudio/app/studio.css")).toExternalForm());
        MenuKeys.install(scene, menuBar, grid.node().getContextMenu());
        // Esc stops reading a file; otherwise it is the grid's and the menus' own.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && tasks.cancel()) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dropped);
        stage.setScene(scene);
        WindowPlace.restore(stage, look);
        AppIcon.applyTo(stage);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> text.format("window.title", actions.documentName(),
                        viewModel.undoStack().isDirty() ? text.get("window.unsavedMark") : ""),
                viewModel.pathProperty(), viewModel.undoStack().dirtyProperty()));
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestClose();
        });
    }

    public void show() {
        stage.show();
        grid.focus();
    }

    /**
     * View ▸ Language: remembered at once, applied from the next start. Every text of the window
     * (and the date picker, the country names, the rule messages) is made as the window is built, so
     * a live switch would be a second window; the notice says when the choice takes effect.
     */
    private void chooseLanguage(Locale chosen) {
        language.choose(chosen);
        if (!Languages.sameLanguage(chosen, text.locale())) {
            viewModel.noticeProperty().set(Notice.of("notice.language", Languages.nameInItself(chosen)));
        }
    }

    /**
     * Closes the window once unsaved changes are dealt with, then runs what follows closing. A file
     * being read is not waited for: its reading stops, and the question is about the document open
     * before it.
     */
    public void requestClose() {
        tasks.cancel();
        actions.whenSafe(() -> {
            if (journal != null) {
                journal.closeCleanly();
            }
            WindowPlace.remember(stage, look);
            stage.close();
            onClosed.run();
        });
    }

    /**
     * Keeps the document's unsaved state in a journal in {@code folder}, so that a crash, a kill or
     * power lost loses no edit; returns it.
     */
    public RecoveryJournal keepJournal(JournalFolder folder) {
        journals = folder;
        journal = new RecoveryJournal(viewModel, folder);
        journal.setOnFailure(failure -> viewModel.noticeProperty().set(
                Notice.of("notice.journal.failed", failure.getMessage())));
        return journal;
    }

    /** Offers to restore the changes that windows ended without closing left behind (after {@link #keepJournal}). */
    public void offerRecovery() {
        new RecoveryOffers(journals, journal, actions, viewModel, dialogs, text).offer();
    }

    /** What runs once the window has closed for good (the application: ending the process). */
    public void setOnClosed(Runnable action) {
        this.onClosed = Objects.requireNonNull(action, "action");
    }

    /**
     * Ctrl+plus, Ctrl+minus and Ctrl+0 as a keyboard types them: "+" is Shift+= on many layouts and
     * the keypad has its own keys, none of which the menu's accelerators catch.
     */
    private void zoomKeys(KeyEvent event) {
        if (!event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            appearance.zoomIn();
        } else if ((code == KeyCode.MINUS && !event.isShiftDown()) || code == KeyCode.SUBTRACT) {
            appearance.zoomOut();
        } else if ((code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) && !event.isShiftDown()) {
            appearance.zoomReset();
        } else {
            return;
        }
        event.consume();
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<File> files = event.getDragboard().getFiles();
        boolean accepted = files != null && !files.isEmpty();
        event.setDropCompleted(accepted);
        event.consume();
        if (accepted) {
            actions.openFile(files.get(0).toPath());
        }
    }

    public DocumentActions actions() {
        return actions;
    }

    public RoundTripActions roundTrip() {
        return roundTrip;
    }

    public BulkEditActions bulk() {
        return bulk;
    }

    public ColumnFilterActions filters() {
        return filters;
    }

    public ExcelExport excel() {
        return excel;
    }

    public DealGrid grid() {
        return grid;
    }

    public GridCommands commands() {
        return commands;
    }

    public DocumentViewModel viewModel() {
        return viewModel;
    }

    public BooleanProperty issuesVisibleProperty() {
        return issuesVisible;
    }

    public IssuesPanel issues() {
        return issues;
    }

    /** True while work runs in the background (opening, checking, saving); the grid waits meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The theme and zoom. */
    public Appearance appearance() {
        return appearance;
    }

    public Scene scene() {
        return scene;
    }
}
