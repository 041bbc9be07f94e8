package com.cosellstudio.app.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which rows the grid shows: a quick text filter, "only rows with errors", "changed rows only"
 * (the new and changed deals against the baseline: what a changed-rows-only upload carries) and
 * the column filters (a value, or an error in that column), combined into one predicate over the rows. Filtering changes the view only, never the document's
 * order or content.
 */
public final class RowFilter {
    private final StringProperty quickText = new SimpleStringProperty(this, "quickText", "");
    private final BooleanProperty errorsOnly = new SimpleBooleanProperty(this, "errorsOnly");
    private final BooleanProperty changedOnly = new SimpleBooleanProperty(this, "changedOnly");
    /** At most one filter a column, in the order they were set. */
    private final Map<Integer, ColumnFilter> columnFilters = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper columnFiltersRevision = new ReadOnlyIntegerWrapper(this, "columnFiltersRevision");
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
        for (ColumnFilter column : columnFilters.values()) {
            result = result.and(column::keeps);
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

    /** Filters the column as {@code filter} says, in place of any filter it had. */
    public void setColumnFilter(ColumnFilter filter) {
        columnFilters.put(filter.column(), filter);
        columnFiltersChanged();
    }

    /** Removes the filter of one column. */
    public void removeColumnFilter(int column) {
        if (columnFilters.remove(column) != null) {
            columnFiltersChanged();
        }
    }

    /** Removes every column filter (the columns changed, or the user asked). */
    public void clearColumnFilters() {
        if (!columnFilters.isEmpty()) {
            columnFilters.clear();
            columnFiltersChanged();
        }
    }

    /** The column filters in the order they were set. */
    public List<ColumnFilter> columnFilters() {
        return List.copyOf(columnFilters.values());
    }

    /** The filter of one column, or null. */
    public ColumnFilter columnFilter(int column) {
        return columnFilters.get(column);
    }

    /** Ticks when a column filter is set or removed. */
    public ReadOnlyIntegerProperty columnFiltersRevisionProperty() {
        return columnFiltersRevision.getReadOnlyProperty();
    }

    private void columnFiltersChanged() {
        columnFiltersRevision.set(columnFiltersRevision.get() + 1);
        reapply();
    }

    public boolean isActive() {
        return !columnFilters.isEmpty() || errorsOnly.get() || changedOnly.get() || (quickText.get() != null && !quickText.get().isBlank());
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
