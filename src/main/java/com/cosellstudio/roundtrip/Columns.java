package com.cosellstudio.roundtrip;

import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnSpec;
import com.cosellstudio.rules.ValueKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Column keys shared by the round-trip operations. Columns of two files are paired by the layout's
 * pairing key, never by position: the canonical name (the same column under a new name in another
 * template revision pairs with its old self), and for an unknown column its header as read,
 * compared without regard to case or repeated white space.
 */
final class Columns {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Columns() {
    }

    /** The key that pairs column {@code index} of {@code layout} with a column of another file. */
    static String key(ColumnLayout layout, int index) {
        return layout.pairingKey(index);
    }

    static String key(String name) {
        return name == null ? "" : WHITE_SPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Output-only columns (Errors) are Partner Center's, not the user's: never a change of a deal. */
    static boolean isOutputOnly(ColumnLayout layout, int index) {
        ColumnSpec spec = layout.spec(index);
        return spec != null && spec.kind() == ValueKind.OUTPUT;
    }
}
