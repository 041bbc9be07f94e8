package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellMark;
import com.cosellstudio.app.model.CellStatus;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
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
    private final UiText text;
    private Tooltip tooltip;

    CellMarks(Function<Issue, String> messages, UiText text) {
        this.messages = messages;
        this.text = text;
    }

    void apply(Control cell, CellStatus status) {
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
        StringBuilder lines = new StringBuilder();
        // What Partner Center said first, then the old value, then our own checks.
        for (String message : status.rejected()) {
            line(lines, text.format("mark.rejected", message));
        }
        if (status.has(CellMark.CHANGED)) {
            line(lines, status.oldValue() == null ? text.get("mark.changedRow") : was(status));
        }
        for (Issue issue : status.issues()) {
            line(lines, messages.apply(issue));
        }
        tooltip.setText(lines.toString());
        cell.setTooltip(tooltip);
    }

    /** The old value; of a read-only field, with the news that Partner Center keeps it. */
    private String was(CellStatus status) {
        boolean kept = false;
        for (Issue issue : status.issues()) {
            kept |= issue.code() == Code.READ_ONLY_CHANGE;
        }
        if (kept) {
            return status.oldValue().isEmpty() ? text.get("mark.keptEmpty") : text.format("mark.kept", status.oldValue());
        }
        return status.oldValue().isEmpty() ? text.get("mark.wasEmpty") : text.format("mark.was", status.oldValue());
    }

    private static void line(StringBuilder lines, String line) {
        if (lines.length() > 0) {
            lines.append('\n');
        }
        lines.append(line);
    }
}
