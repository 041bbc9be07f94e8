package com.cosellstudio.rules;

import java.util.List;

/**
 * What turns a header into the template of a revision without losing a column: new empty columns
 * and renamed headers. Computed by {@link ColumnLayout#conversion()} of a layout of the target revision.
 *
 * @param inserts the columns to add, by ascending final index (insert them in this order)
 * @param renames headers of another revision to replace by this revision's name
 */
public record TemplateConversion(List<Insert> inserts, List<Rename> renames) {
    public TemplateConversion {
        inserts = List.copyOf(inserts);
        renames = List.copyOf(renames);
    }

    /** Whether the header is this revision's template already (as far as columns go). */
    public boolean isEmpty() {
        return inserts.isEmpty() && renames.isEmpty();
    }

    /** A new, empty column at {@code index} of the converted header. */
    public record Insert(int index, String header) {
    }

    /** The header {@code from} of column {@code index} (of the header before the inserts) becomes {@code header}. */
    public record Rename(int index, String from, String header) {
    }
}
