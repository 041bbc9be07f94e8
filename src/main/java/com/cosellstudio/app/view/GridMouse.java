package com.cosellstudio.app.view;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Spreadsheet mouse on the grid: a press on a cell makes it the anchor, Shift+press selects from
 * the anchor to it, dragging selects the rectangle the pointer passes over; only the left button
 * sorts by a column (the table's headers sort on any button's release, so a right click meant for
 * a menu reordered the grid).
 */
final class GridMouse {
    private final DealGrid grid;
    private boolean dragging;
    private DealCell lastDragged;

    GridMouse(DealGrid grid) {
        this.grid = grid;
    }

    void install() {
        TableView<?> table = grid.node();
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        table.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent event) {
        dragging = false;
        if (event.getButton() != MouseButton.PRIMARY) {
            if (header(event) != null) {
                event.consume();
            }
            return;
        }
        DealCell cell = cell(event);
        if (cell == null || cell.isEmpty()) {
            return;
        }
        if (event.isShiftDown()) {
            grid.extendTo(cell.getIndex(), cell.column());
            grid.focus();
            event.consume();
            return;
        }
        if (!event.isShortcutDown()) {
            grid.setAnchor(cell.getIndex(), cell.column());
            dragging = true;
            lastDragged = cell;
        }
    }

    private void dragged(MouseEvent event) {
        if (!dragging || !event.isPrimaryButtonDown()) {
            return;
        }
        DealCell cell = cell(event);
        if (cell != null && !cell.isEmpty() && cell != lastDragged) {
            lastDragged = cell;
            grid.extendTo(cell.getIndex(), cell.column());
        }
    }

    private void released(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY && header(event) != null) {
            event.consume();
        }
        dragging = false;
        lastDragged = null;
    }

    /** The data cell under the pointer (not necessarily the one pressed, while dragging). */
    private static DealCell cell(MouseEvent event) {
        for (Node at = event.getPickResult().getIntersectedNode(); at != null; at = at.getParent()) {
            if (at instanceof DealCell) {
                return (DealCell) at;
            }
            if (at instanceof TableView) {
                return null;
            }
        }
        return null;
    }

    private static TableColumnHeader header(MouseEvent event) {
        for (Node at = event.getPickResult().getIntersectedNode(); at != null; at = at.getParent()) {
            if (at instanceof TableColumnHeader) {
                return (TableColumnHeader) at;
            }
        }
        return null;
    }
}
