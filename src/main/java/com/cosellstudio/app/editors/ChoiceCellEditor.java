package com.cosellstudio.app.editors;

import com.cosellstudio.rules.AllowedValue;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * A drop-down of allowed values ("6 — Proposed time line was too short"); writes the bare value.
 * Long lists (countries, currencies) get ControlsFX's searchable variant. Closing the list commits
 * the choice; closing it without choosing leaves the cell as it was.
 */
final class ChoiceCellEditor implements CellEditor {
    private final ComboBox<AllowedValue> combo;

    ChoiceCellEditor(List<AllowedValue> values, ChoiceLists lists, String current, boolean searchable, EditorHost host) {
        combo = searchable ? new SearchableComboBox<>() : new ComboBox<>();
        combo.setItems(FXCollections.observableArrayList(values));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(AllowedValue value) {
                return lists.display(value);
            }

            @Override
            public AllowedValue fromString(String text) {
                return ChoiceLists.find(values, text);
            }
        });
        combo.setVisibleRowCount(12);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.getStyleClass().add("cell-editor");
        combo.setValue(ChoiceLists.find(values, current));
        combo.setOnHidden(event -> {
            AllowedValue chosen = combo.getValue();
            host.commit(chosen == null ? current : chosen.value(), Move.NONE);
        });
        combo.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !combo.isShowing()) {
                event.consume();
                host.cancel();
            }
        });
    }

    @Override
    public Node node() {
        return combo;
    }

    @Override
    public void start() {
        // The searchable list opens its popup only from its skin, which a cell's fresh graphic does
        // not have yet: without it show() would mark the box showing and open nothing.
        combo.applyCss();
        combo.requestFocus();
        combo.show();
    }
}
