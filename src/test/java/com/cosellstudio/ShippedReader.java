package com.cosellstudio;

import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.rules.pack.RulePacks;

/** The reader as the product uses it: with the limits of the shipped rule packs. */
public final class ShippedReader {
    private ShippedReader() {
    }

    public static BulkFileReader reader() {
        return new BulkFileReader(RulePacks.shipped().readLimits());
    }
}
