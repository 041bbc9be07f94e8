package com.cosellstudio.rules;

/**
 * The article's "Req" column: Yes, No, Depends (conditional rules of spec section 4), or required
 * only on a row that creates a deal (Marketplace Purchase Intent in the 2023 template).
 */
public enum Requirement {
    YES, NO, DEPENDS, ON_CREATE
}
