package com.cosellstudio.app.model;

import com.cosellstudio.rules.Fix;
import com.cosellstudio.rules.Issue;
import java.util.List;
import java.util.Set;

/**
 * What the grid shows on one cell beyond its value: the marks, the issues behind them (their
 * messages make the tooltip), the baseline value of a changed cell and Partner Center's messages
 * for a rejected row. Only built for cells that have something; plain cells get null.
 *
 * @param oldValue the value in the baseline export when the cell is changed, else null
 * @param rejected what Partner Center said about the row (shown on the Errors cell and the row number)
 * @param fix      what "Fix" would set the cell to, or null: no issue suggests one, or a fix may not change the cell
 */
public record CellStatus(Set<CellMark> marks, List<Issue> issues, String oldValue, List<String> rejected, Fix fix) {
    public CellStatus {
        marks = Set.copyOf(marks);
        issues = List.copyOf(issues);
        rejected = List.copyOf(rejected);
    }

    public boolean has(CellMark mark) {
        return marks.contains(mark);
    }
}
