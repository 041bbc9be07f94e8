package com.cosellstudio.app.editors;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * Estimated Close Date: a date picker that writes {@code M/D/YYYY} (no leading zeros) whatever the
 * user's locale. Text that is no date is kept as typed, for the checks to explain. (Typing into the
 * cell gets a plain text field with the same normalisation, see {@link CellEditors}.)
 */
final class DateCellEditor implements CellEditor {
    /** The form Partner Center reads (spec section 2, column 24). */
    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final DatePicker picker = new DatePicker();

    DateCellEditor(String current, EditorHost host) {
        picker.setEditable(true);
        picker.setShowWeekNumbers(false);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.getStyleClass().add("cell-editor");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : US_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        });
        picker.setValue(parse(current));
        picker.getEditor().setText(current);
        // Chosen in the calendar: that is the answer.
        picker.setOnAction(event -> {
            if (picker.getValue() != null) {
                host.commit(US_DATE.format(picker.getValue()), Move.NONE);
            }
        });
        picker.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                host.cancel();
                return;
            }
            Move move = EditorKeys.moveOf(event);
            if (move != null) {
                event.consume();
                host.commit(normalise(picker.getEditor().getText()), move);
            }
        });
    }

    /** A typed date in the picker's form becomes canonical M/D/YYYY; anything else stays as typed. */
    static String normalise(String text) {
        LocalDate date = parse(text);
        return date == null ? text : US_DATE.format(date);
    }

    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), US_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public Node node() {
        return picker;
    }

    @Override
    public void start() {
        // The text field inside the picker exists once the skin does; make sure it is there to focus.
        picker.applyCss();
        picker.getEditor().requestFocus();
        picker.getEditor().selectAll();
    }
}
