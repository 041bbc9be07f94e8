package com.cosellstudio.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;

/**
 * Where the keyboard is when a dialog opens: in its first input field, or on its default button
 * when it has no field, so that the user can type or answer at once. Every dialog of the window
 * goes through here.
 */
public final class DialogFocus {
    private DialogFocus() {
    }

    /**
     * Places the focus each time {@code dialog} opens. JavaFX announces a dialog as shown before
     * its window is on screen, and the window's own first focus then lands on a button; so the
     * focus is placed once the window shows, and again when it first gets the keyboard.
     */
    public static void onOpen(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Platform.runLater(() -> place(dialog.getDialogPane())));
    }

    private static void place(DialogPane pane) {
        Node target = target(pane);
        if (target == null || pane.getScene() == null || pane.getScene().getWindow() == null) {
            return;
        }
        target.requestFocus();
        Window window = pane.getScene().getWindow();
        if (!window.isFocused()) {
            ChangeListener<Boolean> once = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> focused, Boolean was, Boolean now) {
                    if (now) {
                        window.focusedProperty().removeListener(this);
                        target.requestFocus();
                    }
                }
            };
            window.focusedProperty().addListener(once);
        }
    }

    /** The first input field of the dialog's content, else its default button, else its first button. */
    static Node target(DialogPane pane) {
        Node field = firstField(pane.getContent());
        if (field != null) {
            return field;
        }
        Node first = null;
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            if (button == null || button.isDisabled()) {
                continue;
            }
            if (type.getButtonData().isDefaultButton()) {
                return button;
            }
            first = first == null ? button : first;
        }
        return first;
    }

    private static Node firstField(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (isField(node)) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node field = firstField(child);
                if (field != null) {
                    return field;
                }
            }
        }
        return null;
    }

    private static boolean isField(Node node) {
        return node.isFocusTraversable() && (node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof ChoiceBox || node instanceof Spinner || node instanceof CheckBox
                || node instanceof ToggleButton);
    }
}
