package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.rules.ColumnGroup;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The tool bar: the everyday actions one click away, and the quick filter. */
final class MainToolBar {
    private final UiText text;
    private final TextField filter = new TextField();

    MainToolBar(UiText text) {
        this.text = text;
    }

    ToolBar build(DocumentActions actions, GridCommands commands, DocumentViewModel viewModel,
                  ObservableBooleanValue busy) {
        Button open = button("open", MaterialDesignF.FOLDER_OPEN_OUTLINE, "toolbar.open", "toolbar.open.tip", actions::open, busy);
        Button save = button("save", MaterialDesignC.CONTENT_SAVE_OUTLINE, "toolbar.save", "toolbar.save.tip", actions::save, busy);
        Button check = button("check", MaterialDesignC.CHECK_ALL, "toolbar.check", "toolbar.check.tip", actions::checkAll, busy);
        check.getStyleClass().add("check-button");
        keepText(check);
        Button addSolution = button("add-solution", MaterialDesignT.TABLE_COLUMN_PLUS_AFTER, "toolbar.addSolution", "toolbar.addGroup.tip",
                () -> commands.addGroupColumn(ColumnGroup.SOLUTION), busy);
        Button addTeamMember = button("add-team-member", MaterialDesignA.ACCOUNT_PLUS_OUTLINE, "toolbar.addTeamMember", "toolbar.addGroup.tip",
                () -> commands.addGroupColumn(ColumnGroup.TEAM_MEMBER), busy);
        keepText(addSolution);
        keepText(addTeamMember);
        groupTip(addSolution, viewModel, ColumnGroup.SOLUTION);
        groupTip(addTeamMember, viewModel, ColumnGroup.TEAM_MEMBER);
        Button addRow = button("add-row", MaterialDesignT.TABLE_ROW_PLUS_AFTER, "toolbar.addRow", "toolbar.addRow.tip", commands::addRow, busy);
        Button deleteRows = button("delete-rows", MaterialDesignT.TABLE_ROW_REMOVE, "toolbar.deleteRows", "toolbar.deleteRows.tip", commands::deleteRows, busy);
        Button undo = button("undo", MaterialDesignU.UNDO, "toolbar.undo", "toolbar.undo.tip", commands::undo,
                Bindings.or(busy, viewModel.undoStack().canUndoProperty().not()));
        Button redo = button("redo", MaterialDesignR.REDO, "toolbar.redo", "toolbar.redo.tip", commands::redo,
                Bindings.or(busy, viewModel.undoStack().canRedoProperty().not()));

        filter.setId("quick-filter");
        filter.setPromptText(text.get("toolbar.filter.prompt"));
        filter.setPrefColumnCount(18);
        filter.textProperty().bindBidirectional(viewModel.filter().quickTextProperty());
        ToggleButton errorsOnly = new ToggleButton(text.get("toolbar.errorsOnly"));
        errorsOnly.setId("errors-only");
        errorsOnly.setGraphic(icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        errorsOnly.setTooltip(new Tooltip(text.get("toolbar.errorsOnly.tip")));
        errorsOnly.selectedProperty().bindBidirectional(viewModel.filter().errorsOnlyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(open, save, new Separator(), undo, redo, new Separator(), check, new Separator(),
                addRow, deleteRows, new Separator(), addSolution, addTeamMember, spacer, filter, errorsOnly);
        bar.setId("main-toolbar");
        return bar;
    }

    /** "Add the next Solution column (up to 50)": the group's name and limit as the document's template has them. */
    private void groupTip(Button button, DocumentViewModel viewModel, ColumnGroup group) {
        button.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> viewModel.hasDocument()
                        ? text.format("toolbar.addGroup.tip", viewModel.document().layout().groupName(group),
                                viewModel.document().layout().columnsPerGroup())
                        : "", viewModel.document().columnsRevisionProperty()));
    }

    /** The few actions with no icon everyone knows keep their name beside the icon. */
    private static void keepText(Button button) {
        button.setContentDisplay(ContentDisplay.LEFT);
    }

    private static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("toolbar-icon");
        return icon;
    }

    TextField filterField() {
        return filter;
    }

    /**
     * A button shown as its icon alone: its name is still what a screen reader says, and the tooltip
     * names what it does.
     */
    private Button button(String id, Ikon ikon, String key, String tipKey, Runnable action,
                          ObservableBooleanValue disabled) {
        Button button = new Button(text.get(key), icon(ikon));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(text.get(key));
        button.setId(id);
        button.setTooltip(new Tooltip(text.get(tipKey)));
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(disabled);
        button.setFocusTraversable(false);
        return button;
    }
}
