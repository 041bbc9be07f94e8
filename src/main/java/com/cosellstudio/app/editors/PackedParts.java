package com.cosellstudio.app.editors;

import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.pack.PartKind;
import com.cosellstudio.rules.pack.PartRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The four parts of a packed cell (spec section 3) as the form shows them, and how a cell splits
 * into parts and joins back. Part names match the rule pack's, whose messages for a part carry the
 * key {@code INVALID_FORMAT.part.<name>…}; that is how a message finds its field in the form.
 *
 * <p>A comma separates parts, so no part can hold one. A price written with a decimal comma
 * ({@code 12,5}) is the one comma a user means inside a part: the form reads it as the price it is
 * and asks for a decimal point, rather than splitting it into two parts.
 */
public final class PackedParts {
    private static final String PART_KEY_PREFIX = "INVALID_FORMAT.part.";
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");

    private final List<String> names;
    private final List<PartKind> kinds;
    private final boolean allRequired;

    /** What is wrong with a field's text before the cell is even checked: it holds a comma. */
    public record FieldProblem(Kind kind, String text, String suggestion) {
        public enum Kind {
            /** A number with a decimal comma; {@code suggestion} is it with a decimal point. */
            DECIMAL_COMMA,
            /** Any other comma; there is no suggestion. */
            COMMA
        }
    }

    private PackedParts(List<String> names, List<PartKind> kinds, boolean allRequired) {
        this.names = names;
        this.kinds = kinds;
        this.allRequired = allRequired;
    }

    /** The parts of a packed column (Solution, Team member), as its rule pack lists them. */
    public static PackedParts of(ColumnSpec spec) {
        if (spec.parts().isEmpty()) {
            throw new IllegalArgumentException("not a packed column: " + spec.name());
        }
        List<String> names = new ArrayList<>(spec.parts().size());
        List<PartKind> kinds = new ArrayList<>(spec.parts().size());
        boolean allRequired = true;
        for (PartRule part : spec.parts()) {
            names.add(part.name());
            kinds.add(part.kind());
            allRequired &= part.required();
        }
        return new PackedParts(List.copyOf(names), List.copyOf(kinds), allRequired);
    }

    public List<String> names() {
        return names;
    }

    /**
     * Splits a cell at its commas, trimming each part; extra parts stay in the last field. A
     * decimal comma ({@code SOL-1-A, 12,5}) stays in its number, which goes to the price however
     * early it comes: a number is never a currency.
     */
    public String[] split(String cell) {
        String[] parts = new String[names.size()];
        Arrays.fill(parts, "");
        if (cell == null || cell.isBlank()) {
            return parts;
        }
        List<String> pieces = pieces(cell);
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i).trim();
            if (DECIMAL_COMMA.matcher(piece).matches()) {
                at = Math.max(at, decimalPartFrom(at));
            }
            if (at < parts.length) {
                parts[at++] = piece;
            } else {
                parts[parts.length - 1] += ", " + piece;
            }
        }
        return parts;
    }

    /**
     * The cell cut at its separators. In a cell with a number part, a comma between two digits is
     * a decimal comma when the cell's other commas are followed by a space, as separators written
     * by hand or by this form are, or when reading it as a separator would make a number a
     * currency. Otherwise ({@code SOL-1-A,EUR,12,5}) the cell is read strictly.
     */
    private List<String> pieces(String cell) {
        List<String> strict = cut(cell, false);
        if (kinds.contains(PartKind.DECIMAL) && (spacedSeparators(cell) || numberAsCurrency(strict))) {
            return cut(cell, true);
        }
        return strict;
    }

    private static List<String> cut(String cell, boolean keepDecimalCommas) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = cell.indexOf(','); i >= 0; i = cell.indexOf(',', i + 1)) {
            if (keepDecimalCommas && betweenDigits(cell, i)) {
                continue;
            }
            pieces.add(cell.substring(start, i));
            start = i + 1;
        }
        pieces.add(cell.substring(start));
        return pieces;
    }

    private boolean numberAsCurrency(List<String> pieces) {
        for (int i = 0; i < Math.min(pieces.size(), kinds.size()); i++) {
            String piece = pieces.get(i).trim();
            if (kinds.get(i) == PartKind.CURRENCY && !piece.isEmpty() && piece.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean spacedSeparators(String cell) {
        for (int i = cell.indexOf(','); i >= 0; i = cell.indexOf(',', i + 1)) {
            if (i + 1 < cell.length() && Character.isWhitespace(cell.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean betweenDigits(String cell, int comma) {
        return comma > 0 && comma + 1 < cell.length()
                && Character.isDigit(cell.charAt(comma - 1)) && Character.isDigit(cell.charAt(comma + 1));
    }

    /** The first number part at or after {@code from}, or {@code from} when there is none. */
    private int decimalPartFrom(int from) {
        for (int i = from; i < kinds.size(); i++) {
            if (kinds.get(i) == PartKind.DECIMAL) {
                return i;
            }
        }
        return from;
    }

    /**
     * The comma in a field's text, which would split the cell if written: a decimal comma in a
     * number part comes with its decimal-point form. Null when the text has no comma.
     */
    public FieldProblem problemOf(int part, String text) {
        if (text == null || text.indexOf(',') < 0) {
            return null;
        }
        String value = text.trim();
        if (kinds.get(part) == PartKind.DECIMAL && DECIMAL_COMMA.matcher(value).matches()) {
            return new FieldProblem(FieldProblem.Kind.DECIMAL_COMMA, value, value.replace(',', '.'));
        }
        return new FieldProblem(FieldProblem.Kind.COMMA, value, null);
    }

    /** Joins parts as "a, b, c"; trailing empty optional parts are left out ("SOL-1-A"). */
    public String join(String[] parts) {
        List<String> trimmed = new ArrayList<>(parts.length);
        for (String part : parts) {
            trimmed.add(part == null ? "" : part.trim());
        }
        if (!allRequired) {
            while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
                trimmed.remove(trimmed.size() - 1);
            }
        } else if (trimmed.stream().allMatch(String::isEmpty)) {
            return "";
        }
        return String.join(", ", trimmed);
    }

    /** The part an issue of the cell is about, or -1 when it concerns the cell as a whole. */
    public int partOf(Issue issue) {
        String key = issue.messageKey();
        if (key == null || !key.startsWith(PART_KEY_PREFIX)) {
            return -1;
        }
        String rest = key.substring(PART_KEY_PREFIX.length());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (rest.equals(name) || rest.startsWith(name + ".")) {
                return i;
            }
        }
        return -1;
    }
}
