package com.cosellstudio.app;

import com.cosellstudio.rules.Issue;

/** Renders an issue for the user through the rule engine's message bundle. */
final class IssueText {
    private IssueText() {
    }

    static String render(Issue issue) {
        // TODO switch to rules.IssueMessages.render once the rules branch is merged
        return issue.messageKey() + " " + issue.args();
    }
}
