package com.cosellstudio.rules;

import org.junit.jupiter.api.Test;

/** The fixtures the rule tests start from must themselves be clean, or every "passing side" is meaningless. */
class DealFixtureTest {

    @Test
    void theValidDealHasNoIssue() {
        Deal.assertClean(Deal.valid().issues());
    }

    @Test
    void theDealWithHelpHasNoIssue() {
        Deal.assertClean(Deal.withHelp().issues());
    }

    @Test
    void anUpdateInAnActiveStateHasNoIssue() {
        Deal.assertClean(Deal.update("Active", "Accepted").issues());
    }
}
