package com.cosellstudio.app.editors;

import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Plain text in the cell. A value with line breaks (Notes) gets a text area, where Alt+Enter adds a
 * line break as in a spreadsheet, so editing never flattens it; otherwise a text field.
 */
final class TextCellEditor implements CellEditor {
    private final TextInputControl field;
    private final boolean typed;

    TextCellEditor(String value, String typedText, EditorHost host) {
        this(value, typedText, UnaryOperator.identity(), host);
    }

    /** @param normaliser turns the text into the value written (a typed date into M/D/YYYY) */
    TextCellEditor(String value, String typedText, UnaryOperator<String> normaliser, EditorHost host) {
        this.typed = typedText != null;
        String initial = typed ? typedText : value;
        boolean multiLine = value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (multiLine && !typed) {
            TextArea area = new TextArea(initial);
            area.setWrapText(false);
            field = area;
        } else {
            field = new TextField(initial);
        }
        field.getStyleClass().add("cell-editor");
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                host.cancel();
                return;
            }
            if (event.getCode() == KeyCode.ENTER && event.isAltDown() && field instanceof TextArea) {
                event.consume();
                ((TextArea) field).insertText(field.getCaretPosition(), "\n");
                return;
            }
            Move move = EditorKeys.moveOf(event);
            if (move != null) {
                event.consume();
                host.commit(normaliser.apply(field.getText()), move);
            }
        });
        // Clicking elsewhere keeps what was typed, as a spreadsheet does.
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                host.commit(normaliser.apply(field.getText()), Move.NONE);
            }
        });
    }

    @Override
    public Node node() {
        return field;
    }

    @Override
    public void start() {
        field.requestFocus();
        if (typed) {
            field.end();
        } else {
            field.selectAll();
        }
    }
}
