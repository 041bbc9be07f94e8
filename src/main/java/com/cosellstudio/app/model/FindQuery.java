package com.cosellstudio.app.model;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What Find and Replace looks for: plain text or a regular expression, with or without case, in
 * part of a cell or the whole cell.
 */
public record FindQuery(String text, boolean regex, boolean matchCase, boolean wholeCell) {
    public FindQuery {
        text = text == null ? "" : text;
    }

    /**
     * The pattern the query stands for.
     *
     * @throws PatternSyntaxException when a regular expression does not compile
     */
    Pattern pattern() {
        String body = regex ? text : Pattern.quote(text);
        if (wholeCell) {
            body = "\\A(?:" + body + ")\\z";
        }
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(body, flags);
    }
}
