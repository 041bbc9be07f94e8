package com.cosellstudio.app.model;

import com.cosellstudio.rules.Issue;
import java.util.List;
import java.util.Set;

/**
 * What the grid shows on one cell beyond its value: the marks and the issues behind them (their
 * messages make the tooltip). Only built for cells that have something; plain cells get null.
 */
public record CellStatus(Set<CellMark> marks, List<Issue> issues) {
    public CellStatus {
        marks = Set.copyOf(marks);
        issues = List.copyOf(issues);
    }

    public boolean has(CellMark mark) {
        return marks.contains(mark);
    }
}
