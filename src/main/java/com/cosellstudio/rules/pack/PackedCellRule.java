package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.Severity;
import java.util.List;

/**
 * The shape of a packed cell ({@code SolutionID, Currency, Price, Quantity}).
 *
 * @param minParts       fewest comma-separated parts a filled cell must have
 * @param parts          the parts in order (their count is the most a cell may have)
 * @param partsMessage   message key when the number of parts is wrong
 * @param duplicatePart  index of the part that must not repeat across the group's cells of one row
 *                       (solution ID, team member e-mail), or -1
 * @param duplicate      how a repeat is reported
 */
public record PackedCellRule(int minParts, List<PartRule> parts, String partsMessage, Integer duplicatePart,
                             DuplicateRule duplicate) {
    public PackedCellRule {
        parts = parts == null ? List.of() : List.copyOf(parts);
        duplicatePart = duplicatePart == null ? -1 : duplicatePart;
    }

    /** How a repeated part in one row is reported. */
    public record DuplicateRule(Code code, Severity severity, String message) {
    }
}
