package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.StatusRules;
import java.util.List;
import java.util.Map;

/**
 * The status rules of spec section 4 bound to a layout: the status/substatus pair must be allowed
 * (INVALID_COMBINATION on the substatus), a new deal must be New/Accepted (CREATE_STATUS on the
 * status), and an update reaching a terminal state is a warning (TERMINAL_STATE on the status).
 * Each runs only when the status and substatus cells are filled and valid.
 */
final class StatusCheck implements CrossRule {
    private final int status;
    private final int substatus;
    private final int referral;
    private final String[] pairStatuses;
    private final String[][] pairSubstatuses;
    private final String[] pairText;
    private final StatusRules.State create;
    private final String[] createSubstatuses;
    private final String createText;
    private final StatusRules.State terminal;
    private final String[] terminalSubstatuses;

    StatusCheck(StatusRules rules, CompiledLayout layout) {
        status = layout.indexOf(rules.status());
        substatus = layout.indexOf(rules.substatus());
        referral = layout.referralIndex();
        int n = rules.allowedPairs().size();
        pairStatuses = new String[n];
        pairSubstatuses = new String[n][];
        pairText = new String[n];
        int i = 0;
        for (Map.Entry<String, List<String>> pair : rules.allowedPairs().entrySet()) {
            pairStatuses[i] = pair.getKey();
            pairSubstatuses[i] = pair.getValue().toArray(new String[0]);
            pairText[i] = String.join(", ", pair.getValue());
            i++;
        }
        create = rules.create();
        createSubstatuses = create == null ? new String[0] : create.substatuses().toArray(new String[0]);
        createText = create == null ? null : String.join(", ", create.substatuses());
        terminal = rules.terminal();
        terminalSubstatuses = terminal == null ? new String[0] : terminal.substatuses().toArray(new String[0]);
    }

    @Override
    public void apply(Row row, CellReporter out) {
        if (!CrossRule.usable(row, status, out) || !CrossRule.usable(row, substatus, out)) {
            return;
        }
        String substatusValue = CrossRule.trimmed(row, substatus);
        int pair = CrossRule.indexIn(row, status, pairStatuses);
        if (pair >= 0 && !CrossRule.cellIn(row, substatus, pairSubstatuses[pair])) {
            out.at(substatus, row.get(substatus));
            out.report(Severity.ERROR, Code.INVALID_COMBINATION, MessageKeys.INVALID_COMBINATION, null,
                    CrossRule.trimmed(row, status), pairText[pair]);
        }
        boolean creates = CrossRule.creates(row, referral);
        if (creates && create != null) {
            if (!CrossRule.cellEquals(row, status, create.status()) || !CrossRule.cellIn(row, substatus, createSubstatuses)) {
                out.at(status, row.get(status));
                out.report(create.severity(), Code.CREATE_STATUS, MessageKeys.CREATE_STATUS, null,
                        substatusValue, create.status(), createText);
            }
        } else if (!creates && terminal != null && CrossRule.cellEquals(row, status, terminal.status())
                && CrossRule.cellIn(row, substatus, terminalSubstatuses)) {
            out.at(status, row.get(status));
            out.report(terminal.severity(), Code.TERMINAL_STATE, MessageKeys.TERMINAL_STATE, null, substatusValue);
        }
    }
}
