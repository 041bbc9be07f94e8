package com.cosellstudio.cli;

/**
 * {@code --template 2021|2023}: the template revision a file is read and checked as, instead of the
 * one its header tells (template-2023.md section 4). Any revision the rule engine has a pack for.
 */
final class TemplateOption {
    static final String TEMPLATE = "--template";

    private TemplateOption() {
    }

    /** The revision chosen with {@code option}, or null when none was (the header then tells it). */
    static String chosen(String verb, String option, Arguments arguments, CliContext context) throws UsageException {
        String revision = arguments.option(option);
        if (revision == null) {
            return null;
        }
        if (!context.engine().knows(revision)) {
            throw new UsageException("error.badTemplate", verb, option, revision,
                    String.join(", ", context.engine().revisions()));
        }
        return revision;
    }

    /** The revision of {@code --template}, or null. */
    static String chosen(String verb, Arguments arguments, CliContext context) throws UsageException {
        return chosen(verb, TEMPLATE, arguments, context);
    }
}
