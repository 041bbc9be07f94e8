package com.cosellstudio.rules;

/** The two numbered column groups: {@code Solution 1..50} and {@code Team member 1..50}. */
public enum ColumnGroup {
    SOLUTION("Solution"), TEAM_MEMBER("Team member");

    /** Partner Center takes at most this many columns of one group. */
    public static final int MAX_COLUMNS = 50;

    private final String prefix;

    ColumnGroup(String prefix) {
        this.prefix = prefix;
    }

    /** "Solution" / "Team member". */
    public String prefix() {
        return prefix;
    }

    /** The canonical header of column {@code number} of this group ("Solution 3"). */
    public String header(int number) {
        return prefix + " " + number;
    }
}
