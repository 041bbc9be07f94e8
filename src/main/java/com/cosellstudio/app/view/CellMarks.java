package com.cosellstudio.app.view;

import com.cosellstudio.app.model.CellMark;
import com.cosellstudio.app.model.CellStatus;
import com.cosellstudio.rules.Issue;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Cell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Draws a {@link CellStatus} on a cell: one CSS pseudo-class per {@link CellMark} and the issue
 * messages as the tooltip. No node is added to the cell, so marking costs nothing in layout.
 */
final class CellMarks {
    private static final Map<CellMark, PseudoClass> PSEUDO = new EnumMap<>(CellMark.class);

    static {
        for (CellMark mark : CellMark.values()) {
            PSEUDO.put(mark, PseudoClass.getPseudoClass(mark.pseudoClass()));
        }
    }

    private final Function<Issue, String> messages;
    private Tooltip tooltip;

    CellMarks(Function<Issue, String> messages) {
        this.messages = messages;
    }

    void apply(Cell<?> cell, CellStatus status) {
        for (Map.Entry<CellMark, PseudoClass> entry : PSEUDO.entrySet()) {
            cell.pseudoClassStateChanged(entry.getValue(), status != null && status.has(entry.getKey()));
        }
        if (status == null) {
            cell.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(250));
            tooltip.setShowDuration(Duration.seconds(30));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }
        StringBuilder text = new StringBuilder();
        for (Issue issue : status.issues()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(messages.apply(issue));
        }
        tooltip.setText(text.toString());
        cell.setTooltip(tooltip);
    }
}
