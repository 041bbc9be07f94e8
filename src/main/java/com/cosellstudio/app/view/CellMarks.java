package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.CellMark;
import com.cosellstudio.app.model.CellStatus;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Draws a {@link CellStatus} on a cell: one CSS pseudo-class per {@link CellMark} (the colours), a
 * small glyph per mark whose shape tells the kind without colour, the issue messages as the tooltip
 * and, for a screen reader, the column, the value and every message with its kind as the cell's
 * accessible text. Plain cells get no node, so the common case costs nothing in layout.
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
    /** The glyphs of this cell, made on its first mark and kept while the cell is reused. */
    private HBox glyphs;
    private Set<CellMark> shown = EnumSet.noneOf(CellMark.class);

    CellMarks(Function<Issue, String> messages, UiText text) {
        this.messages = messages;
        this.text = text;
    }

    /**
     * Marks {@code cell} (a grid cell or a row number) with {@code status}, null for none.
     *
     * @param name what a screen reader calls the cell before its value (the column's name)
     */
    void apply(Labeled cell, CellStatus status, String name) {
        for (Map.Entry<CellMark, PseudoClass> entry : PSEUDO.entrySet()) {
            cell.pseudoClassStateChanged(entry.getValue(), status != null && status.has(entry.getKey()));
        }
        if (status == null) {
            cell.setGraphic(null);
            cell.setTooltip(null);
            cell.setAccessibleText(null);
            return;
        }
        cell.setGraphic(glyphs(status));
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(250));
            tooltip.setShowDuration(Duration.seconds(30));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }
        StringBuilder lines = new StringBuilder();
        StringBuilder spoken = new StringBuilder();
        // What Partner Center said first, then the old value, then our own checks.
        for (String message : status.rejected()) {
            String line = text.format("mark.rejected", message);
            line(lines, line);
            line(spoken, line);
        }
        if (status.has(CellMark.CHANGED)) {
            String line = status.oldValue() == null ? text.get("mark.changedRow") : was(status);
            line(lines, line);
            line(spoken, line);
        }
        for (Issue issue : status.issues()) {
            String message = messages.apply(issue);
            line(lines, message);
            line(spoken, text.format(spokenKey(issue.severity()), message));
        }
        if (status.fix() != null) {
            String fix = text.format("fix.tooltip", status.fix().value());
            line(lines, fix);
            line(spoken, fix);
        }
        tooltip.setText(lines.toString());
        cell.setTooltip(tooltip);
        cell.setAccessibleText(text.format("look.cell.accessible", name == null ? "" : name,
                cell.getText() == null ? "" : cell.getText(), spoken.toString().replace('\n', ' ')));
    }

    private static String spokenKey(Severity severity) {
        switch (severity) {
            case ERROR:
                return "look.spoken.error";
            case WARNING:
                return "look.spoken.warning";
            default:
                return "look.spoken.note";
        }
    }

    /** One glyph per mark, in the enum's order; the same node again while the marks stay the same. */
    private HBox glyphs(CellStatus status) {
        if (glyphs == null) {
            glyphs = new HBox();
            glyphs.getStyleClass().add("mark-glyphs");
            // Decoration: the accessible text already says what the marks mean.
            glyphs.setFocusTraversable(false);
        }
        if (!status.marks().equals(shown)) {
            shown = status.marks().isEmpty() ? EnumSet.noneOf(CellMark.class) : EnumSet.copyOf(status.marks());
            glyphs.getChildren().clear();
            for (CellMark mark : shown) {
                Region glyph = new Region();
                glyph.getStyleClass().add("mark-glyph");
                glyph.pseudoClassStateChanged(PSEUDO.get(mark), true);
                glyphs.getChildren().add(glyph);
            }
        }
        return glyphs;
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
