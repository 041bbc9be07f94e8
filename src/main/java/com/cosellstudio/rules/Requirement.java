package com.cosellstudio.rules;

/** The article's "Req" column: Yes, No, or Depends (conditional rules of spec section 4). */
public enum Requirement {
    YES, NO, DEPENDS
}
