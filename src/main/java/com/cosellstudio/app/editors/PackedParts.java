package com.cosellstudio.app.editors;

import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.pack.PartRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The four parts of a packed cell (spec section 3) as the form shows them, and how a cell splits
 * into parts and joins back. Part names match the rule pack's, whose messages for a part carry the
 * key {@code INVALID_FORMAT.part.<name>…}; that is how a message finds its field in the form.
 */
public final class PackedParts {
    private static final String PART_KEY_PREFIX = "INVALID_FORMAT.part.";

    private final List<String> names;
    private final boolean allRequired;

    private PackedParts(List<String> names, boolean allRequired) {
        this.names = names;
        this.allRequired = allRequired;
    }

    /** The parts of a packed column (Solution, Team member), as its rule pack lists them. */
    public static PackedParts of(ColumnSpec spec) {
        if (spec.parts().isEmpty()) {
            throw new IllegalArgumentException("not a packed column: " + spec.name());
        }
        List<String> names = new ArrayList<>(spec.parts().size());
        boolean allRequired = true;
        for (PartRule part : spec.parts()) {
            names.add(part.name());
            allRequired &= part.required();
        }
        return new PackedParts(List.copyOf(names), allRequired);
    }

    public List<String> names() {
        return names;
    }

    /** Splits a cell at its commas, trimming each part; extra parts stay in the last field. */
    public String[] split(String cell) {
        String[] parts = new String[names.size()];
        Arrays.fill(parts, "");
        if (cell == null || cell.isBlank()) {
            return parts;
        }
        String[] pieces = cell.split(",", -1);
        for (int i = 0; i < pieces.length; i++) {
            int at = Math.min(i, parts.length - 1);
            String piece = pieces[i].trim();
            parts[at] = i < parts.length ? piece : parts[at] + ", " + piece;
        }
        return parts;
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
