package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * The status rules of spec section 4.
 *
 * @param status       canonical header of the partner status column
 * @param substatus    canonical header of the substatus column
 * @param allowedPairs status → the substatuses allowed with it (INVALID_COMBINATION otherwise)
 * @param create       what a new deal (empty Referral ID) must have (CREATE_STATUS otherwise)
 * @param terminal     the terminal states an update may only reach once (TERMINAL_STATE)
 */
public record StatusRules(String status, String substatus,
                          Map<String, List<String>> allowedPairs, State create, State terminal) {
    public StatusRules {
        allowedPairs = allowedPairs == null ? Map.of() : Map.copyOf(allowedPairs);
    }

    /** A status with the substatuses that go with it, and how a hit or miss is reported. */
    public record State(String status, List<String> substatuses, Severity severity) {
        public State {
            substatuses = substatuses == null ? List.of() : List.copyOf(substatuses);
        }
    }
}
