package com.cosellstudio.rules.pack;

/**
 * One part of a packed cell.
 *
 * @param name     short id used in message keys ("price": {@code INVALID_FORMAT.part.price})
 * @param kind     what the part holds
 * @param required whether an empty part is an error
 * @param shape    for SOLUTION_ID: the expected look, {@code #} = one or more digits, {@code *} =
 *                 one or more letters or digits, anything else literal (case-insensitive);
 *                 a value of another look is a warning
 */
public record PartRule(String name, PartKind kind, boolean required, String shape) {
}
