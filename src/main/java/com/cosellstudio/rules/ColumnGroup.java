package com.cosellstudio.rules;

/**
 * The numbered column groups a template may have ({@code Solution 1..N}, {@code Team member 1..N},
 * {@code Microsoft team member 1..N}). Only their identity lives here: each pack says which groups
 * it has, how their headers read and how many columns a group may have (ask the layout).
 */
public enum ColumnGroup {
    SOLUTION, TEAM_MEMBER, MICROSOFT_TEAM_MEMBER
}
