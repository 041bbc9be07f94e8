package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.Severity;
import java.util.List;

/**
 * The rules of spec section 4 that apply only when the file is compared with the export it was
 * edited from (a baseline). Which states are terminal comes from {@link StatusRules#terminal()}.
 *
 * @param terminalChanged how a row is reported whose deal was already terminal in the baseline and
 *                        which differs from it (TERMINAL_STATE on the status, instead of the plain warning)
 * @param readOnlyColumns canonical headers of the columns Partner Center owns: a changed value is ignored
 * @param readOnlyChanged how a changed read-only cell is reported (IGNORED, instead of the plain info)
 * @param readOnlyRuleChanged how a change to a column the column's {@link ReadOnlyRule} freezes is
 *                        reported (READ_ONLY_CHANGE); its message key is followed by the rule's
 *                        {@code when} ({@code READ_ONLY_CHANGE.AFTER_CREATE})
 */
public record BaselineRules(Effect terminalChanged, List<String> readOnlyColumns, Effect readOnlyChanged,
                            Effect readOnlyRuleChanged) {
    public BaselineRules {
        readOnlyColumns = readOnlyColumns == null ? List.of() : List.copyOf(readOnlyColumns);
    }

    /** A severity and the message key that goes with it. */
    public record Effect(Severity severity, String message) {
    }
}
