package com.cosellstudio.app.view;

import com.cosellstudio.app.model.GridRow;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/** The grid's virtual flow, opened up so the grid can read and set how far it is scrolled sideways. */
final class DealFlow extends VirtualFlow<TableRow<GridRow>> {

    /**
     * The rows lay out only the cells in view (the table has a fixed cell size); a row that added or
     * dropped cells while it was laid out is left marked without its parents knowing, so a scroll
     * sideways, however made, lays every row out again for the cells now in view.
     */
    DealFlow() {
        getHbar().valueProperty().addListener(observable -> {
            // The spare rows too (hidden children of the same sheet): laid out as they come back into view.
            for (Node row : sheet().getChildrenUnmodifiable()) {
                ((Parent) row).requestLayout();
            }
        });
    }

    /** Scrolls so the row is in view and lays the rows out at once (see {@link #layoutIfLeftMarked}). */
    @Override
    public void scrollTo(int index) {
        super.scrollTo(index);
        layoutIfLeftMarked();
    }

    /**
     * Lays the flow out if it is still marked for layout (after the scene's layout pass). The flow
     * can mark itself while its table is being laid out (rows made anew, a scroll to a far row), too
     * late for that pass and without its table knowing, and then showed a blank grid or its old
     * rows until the next scroll.
     */
    void layoutIfLeftMarked() {
        if (isNeedsLayout() && getScene() != null) {
            layout();
        }
    }

    /** The group holding the rows, those in view and the spare ones. */
    private Parent sheet() {
        Node sheet = lookup(".sheet");
        return sheet instanceof Parent ? (Parent) sheet : this;
    }

    ScrollBar sideways() {
        return getHbar();
    }

    /** The width the rows are seen through: the flow less its vertical scroll bar and borders. */
    double viewportWidth() {
        Node viewport = lookup(".clipped-container");
        return viewport instanceof Region ? ((Region) viewport).getWidth() : getWidth();
    }
}
