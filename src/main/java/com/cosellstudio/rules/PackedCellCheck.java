package com.cosellstudio.rules;

import com.cosellstudio.rules.pack.PackedCellRule;
import com.cosellstudio.rules.pack.PartRule;
import java.util.Set;

/**
 * A packed cell ({@code SolutionID, Currency, Price, Quantity} or {@code First name, Last name,
 * Mobile number, Email}): comma-separated parts, white space around each trimmed, each checked by
 * its kind. Messages name the part; a suggestion is the whole cell with that part fixed.
 */
final class PackedCellCheck implements ValueCheck {

    private final PackedCellRule rule;
    private final Part[] parts;
    private final CodeListChecks codeLists;
    /** What a wrong cell is at worst: an error, or a warning in a column Partner Center fills itself. */
    private final Severity worst;

    /** One part with its message keys built once. */
    private static final class Part {
        final PartRule rule;
        final String invalidKey;
        final String missingKey;
        final String shapeKey;
        final String suggestKey;
        final String withdrawnKey;

        Part(PartRule rule) {
            this.rule = rule;
            this.invalidKey = MessageKeys.PART_PREFIX + rule.name();
            this.missingKey = invalidKey + MessageKeys.PART_MISSING;
            this.shapeKey = invalidKey + MessageKeys.PART_SHAPE;
            this.suggestKey = invalidKey + MessageKeys.PART_SUGGEST;
            this.withdrawnKey = invalidKey + MessageKeys.PART_WITHDRAWN;
        }
    }

    /**
     * @param worst the severity of a wrong cell or part ({@link Severity#ERROR}; a column Partner
     *              Center fills, such as Microsoft team member N, is never an error)
     */
    PackedCellCheck(PackedCellRule rule, CodeListChecks codeLists, Severity worst) {
        this.rule = rule;
        this.worst = worst;
        this.parts = new Part[rule.parts().size()];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new Part(rule.parts().get(p));
        }
        this.codeLists = codeLists;
    }

    /** Every message key this check can emit, for the bundle consistency test. */
    void collectMessageKeys(Set<String> keys) {
        keys.add(rule.partsMessage());
        if (rule.duplicate() != null) {
            keys.add(rule.duplicate().message());
        }
        for (Part part : parts) {
            if (part.rule.required()) {
                keys.add(part.missingKey);
            }
            switch (part.rule.kind()) {
                case SOLUTION_ID:
                    keys.add(part.shapeKey);
                    break;
                case CURRENCY:
                    keys.add(part.withdrawnKey);
                    keys.add(part.invalidKey);
                    keys.add(part.suggestKey);
                    break;
                case DECIMAL: case EMAIL:
                    keys.add(part.invalidKey);
                    keys.add(part.suggestKey);
                    break;
                case POSITIVE_INTEGER: case PHONE:
                    keys.add(part.invalidKey);
                    break;
                default:
                    break;
            }
        }
    }

    @Override
    public boolean check(String raw, int from, int to, CellReporter out) {
        // Commas are found with String.indexOf, compiled once for the whole JVM, rather than with a
        // character loop of our own that the JIT would compile again for each loop.
        int count = 1;
        for (int comma = raw.indexOf(',', from); comma >= 0 && comma < to; comma = raw.indexOf(',', comma + 1)) {
            count++;
        }
        if (count > parts.length || count < rule.minParts()) {
            return out.report(worst, Code.INVALID_FORMAT, rule.partsMessage(), null, count, parts.length);
        }
        boolean valid = true;
        int start = from;
        for (int p = 0; p < count; p++) {
            int end = p == count - 1 ? to : raw.indexOf(',', start);
            int partFrom = Syntax.trimStart(raw, start, end);
            int partTo = Syntax.trimEnd(raw, partFrom, end);
            valid &= checkPart(parts[p], raw, partFrom, partTo, out);
            start = end + 1;
        }
        return valid;
    }

    private boolean checkPart(Part part, String raw, int from, int to, CellReporter out) {
        if (from == to) {
            return !part.rule.required()
                    || out.report(worst, Code.INVALID_FORMAT, part.missingKey, null, "");
        }
        switch (part.rule.kind()) {
            case TEXT:
                return true;
            case SOLUTION_ID:
                return part.rule.shape() == null || Syntax.matchesShape(part.rule.shape(), raw, from, to)
                        || out.report(Severity.WARNING, Code.INVALID_FORMAT, part.shapeKey, null, raw.substring(from, to));
            case CURRENCY:
                if (codeLists.isCurrency(raw, from, to)) {
                    return !codeLists.isWithdrawnCurrency(raw, from, to) || out.report(Severity.WARNING,
                            Code.INVALID_VALUE, part.withdrawnKey, null, raw.substring(from, to));
                }
                return invalid(part, raw, from, to, codeLists.guessCurrency(raw.substring(from, to)), out);
            case DECIMAL:
                return Syntax.isNonNegativeDecimal(raw, from, to)
                        || invalid(part, raw, from, to, NumberSuggestion.suggest(raw.substring(from, to)), out);
            case POSITIVE_INTEGER:
                return Syntax.isPositiveInteger(raw, from, to) || invalid(part, raw, from, to, null, out);
            case PHONE:
                return Syntax.isPhone(raw, from, to) || invalid(part, raw, from, to, null, out);
            case EMAIL:
                return Syntax.isEmail(raw, from, to)
                        || invalid(part, raw, from, to, FormatChecks.guessEmail(raw.substring(from, to)), out);
            default:
                throw new IllegalStateException("unhandled part kind " + part.rule.kind());
        }
    }

    private boolean invalid(Part part, String raw, int from, int to, String partGuess, CellReporter out) {
        String value = raw.substring(from, to);
        if (partGuess == null) {
            return out.report(worst, Code.INVALID_FORMAT, part.invalidKey, null, value);
        }
        String fixedCell = raw.substring(0, from) + partGuess + raw.substring(to);
        return out.report(worst, Code.INVALID_FORMAT, part.suggestKey, new Fix(fixedCell.strip(), FixKind.PACKED_PART), value, partGuess);
    }

    /** Start of part {@code index} of the cell (trimmed), or -1 if the cell has fewer parts. */
    static int partFrom(String raw, int index) {
        int start = 0;
        for (int p = 0; p < index; p++) {
            int comma = raw.indexOf(',', start);
            if (comma < 0) {
                return -1;
            }
            start = comma + 1;
        }
        int end = partEndRaw(raw, start);
        return Syntax.trimStart(raw, start, end);
    }

    /** End (exclusive, trimmed) of the part starting at {@code partFrom}. */
    static int partTo(String raw, int partFrom) {
        return Syntax.trimEnd(raw, partFrom, partEndRaw(raw, partFrom));
    }

    private static int partEndRaw(String raw, int start) {
        int comma = raw.indexOf(',', start);
        return comma < 0 ? raw.length() : comma;
    }
}
