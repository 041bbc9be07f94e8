package com.cosellstudio.app.model;

/** What a record does on upload: nothing (blank), create a deal (no Referral ID), or update one. */
public enum RowKind {
    BLANK, CREATE, UPDATE
}
