package com.cosellstudio.app.view;

import com.cosellstudio.app.model.GridRow;
import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.TableRowSkin;

/**
 * A grid row's skin: the row's cells, and over the first (empty) column the row's number node,
 * so the number is laid out with its row and can never show beside another one.
 */
final class DealRowSkin extends TableRowSkin<GridRow> {
    private final Node number;
    private final DoubleSupplier numberWidth;

    DealRowSkin(TableRow<GridRow> row, Node number, DoubleSupplier numberWidth) {
        super(row);
        this.number = number;
        this.numberWidth = numberWidth;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        // The row's cells replace its children whenever the columns change.
        if (number.getParent() == null) {
            getChildren().add(number);
        }
        number.resizeRelocate(0, 0, numberWidth.getAsDouble(), getSkinnable().getHeight());
    }
}
