package com.cosellstudio.app.view;

import com.cosellstudio.app.model.GridRow;
import java.util.List;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The grid's table skin. It keeps the row-number column's header in view however far the grid is
 * scrolled sideways (the numbers themselves are drawn by each {@link DealRow}), and scrolls a
 * column into view as little as needed, clear of that frozen column.
 *
 * <p>JavaFX's own horizontal scrolling retries on the next pulse until the column has a laid-out
 * header, and a column replaced before its first layout never gets one: adding columns quickly
 * left it re-queuing itself for good. Here a column not yet laid out is remembered and scrolled to
 * after the next layout, once; a column no longer in the table is ignored.
 */
final class DealGridSkin extends TableViewSkin<GridRow> {
    private final TableColumn<GridRow, ?> frozen;
    private TableColumn<GridRow, ?> pending;

    DealGridSkin(TableView<GridRow> table, TableColumn<GridRow, ?> frozen) {
        super(table);
        this.frozen = frozen;
    }

    @Override
    protected VirtualFlow<TableRow<GridRow>> createVirtualFlow() {
        return new DealFlow();
    }

    DealFlow flow() {
        return (DealFlow) getVirtualFlow();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        pinFrozenHeader();
        if (pending != null) {
            TableColumn<GridRow, ?> column = pending;
            pending = null;
            scrollSideways(column, false);
        }
    }

    /** Headers are made anew when the columns change; each new one of the frozen column is pinned. */
    private void pinFrozenHeader() {
        for (TableColumnHeader header : getTableHeaderRow().getRootHeader().getColumnHeaders()) {
            if (header.getTableColumn() == frozen && !header.translateXProperty().isBound()) {
                header.translateXProperty().bind(flow().sideways().valueProperty());
                header.setViewOrder(-1);
            }
        }
    }

    @Override
    protected void scrollHorizontally(TableColumn<GridRow, ?> column) {
        scrollSideways(column, true);
    }

    private void scrollSideways(TableColumn<GridRow, ?> column, boolean mayWait) {
        List<TableColumn<GridRow, ?>> columns = getSkinnable().getVisibleLeafColumns();
        int at = column == null ? -1 : columns.indexOf(column);
        if (at < 0 || column == frozen) {
            return;
        }
        DealFlow flow = flow();
        if (column.getWidth() <= 0 || flow.viewportWidth() <= 0) {
            if (mayWait) {
                pending = column;
                getSkinnable().requestLayout();
            }
            return;
        }
        double start = 0;
        for (int i = 0; i < at; i++) {
            start += columns.get(i).getWidth();
        }
        double end = start + column.getWidth();
        double frozenWidth = frozen.getWidth();
        ScrollBar bar = flow.sideways();
        double offset = bar.getValue();
        double target = offset;
        if (start - frozenWidth < offset) {
            target = start - frozenWidth;
        } else if (end > offset + flow.viewportWidth()) {
            // A column wider than the view shows its left edge.
            target = Math.min(start - frozenWidth, end - flow.viewportWidth());
        }
        target = Math.max(bar.getMin(), Math.min(bar.getMax(), target));
        if (target != offset) {
            bar.setValue(target);
        }
    }
}
