package com.cosellstudio.rules;

/**
 * Which revision of Partner Center's template a file is checked as, and how that was decided
 * (template-2023.md section 4).
 *
 * @param id    the revision as users name it ("2023", "2021")
 * @param basis how it was decided
 */
public record TemplateRevision(String id, Basis basis) {

    /** How a file's revision was decided. */
    public enum Basis {
        /** The header has a column that only this revision has. */
        DETECTED,
        /** The header has no column that tells one revision from another: the newest is taken. */
        ASSUMED,
        /** The user said so ({@code --template}, Check ▸ Template). */
        CHOSEN
    }

    /** Whether the header itself told the revision (the JSON report's {@code templateDetected}). */
    public boolean detected() {
        return basis == Basis.DETECTED;
    }
}
