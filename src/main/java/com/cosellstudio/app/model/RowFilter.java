package com.cosellstudio.app.model;

import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which rows the grid shows: a quick text filter, "only rows with errors" and "changed rows only"
 * (the new and changed deals against the baseline: what a changed-rows-only upload carries),
 * combined into one predicate over the rows. Filtering changes the view only, never the document's
 * order or content.
 */
public final class RowFilter {
    private final StringProperty quickText = new SimpleStringProperty(this, "quickText", "");
    private final BooleanProperty errorsOnly = new SimpleBooleanProperty(this, "errorsOnly");
    private final BooleanProperty changedOnly = new SimpleBooleanProperty(this, "changedOnly");
    private final ReadOnlyObjectWrapper<Predicate<GridRow>> predicate =
            new ReadOnlyObjectWrapper<>(this, "predicate", row -> true);

    public RowFilter() {
        quickText.addListener((obs, old, now) -> reapply());
        errorsOnly.addListener((obs, old, now) -> reapply());
        changedOnly.addListener((obs, old, now) -> reapply());
    }

    /** Evaluates the filter again (rows' issues or cells changed since it was set). */
    public void reapply() {
        predicate.set(build());
    }

    private Predicate<GridRow> build() {
        Predicate<GridRow> result = row -> true;
        String text = quickText.get() == null ? "" : quickText.get().trim();
        if (!text.isEmpty()) {
            result = result.and(row -> containsText(row, text));
        }
        if (errorsOnly.get()) {
            result = result.and(GridRow::hasErrors);
        }
        if (changedOnly.get()) {
            result = result.and(GridRow::needsUpload);
        }
        return result;
    }

    /** Whether any cell contains {@code text}, ignoring case, without copying the cells. */
    static boolean containsText(GridRow row, String text) {
        int size = row.row().size();
        for (int column = 0; column < size; column++) {
            String cell = row.get(column);
            for (int at = 0; at + text.length() <= cell.length(); at++) {
                if (cell.regionMatches(true, at, text, 0, text.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean isActive() {
        return errorsOnly.get() || changedOnly.get() || (quickText.get() != null && !quickText.get().isBlank());
    }

    public StringProperty quickTextProperty() {
        return quickText;
    }

    public BooleanProperty errorsOnlyProperty() {
        return errorsOnly;
    }

    /** Only the new and changed deals (none without a baseline). */
    public BooleanProperty changedOnlyProperty() {
        return changedOnly;
    }

    public ReadOnlyObjectProperty<Predicate<GridRow>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }
}
