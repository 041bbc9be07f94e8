package com.cosellstudio.rules.pack;

import com.cosellstudio.domain.ReadLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of rule packs: one per revision of Partner Center's template, oldest first, so that
 * the last one is the template Partner Center issues today.
 */
public final class RulePacks {

    /** The packs this product ships, oldest first. */
    private static final List<String> SHIPPED = List.of(RulePackLoader.TEMPLATE_2021, RulePackLoader.TEMPLATE_2023);

    private final List<RulePackLoader.Loaded> packs;

    private RulePacks(List<RulePackLoader.Loaded> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("no rule pack");
        }
        List<String> seen = new ArrayList<>();
        for (RulePackLoader.Loaded loaded : packs) {
            String revision = loaded.pack().revision();
            if (revision == null || revision.isBlank() || seen.contains(revision)) {
                throw new IllegalStateException("rule pack \"" + loaded.pack().name() + "\": "
                        + (revision == null || revision.isBlank() ? "no revision" : "revision " + revision + " twice"));
            }
            seen.add(revision);
        }
        this.packs = List.copyOf(packs);
    }

    /** The shipped packs: immutable data, read once per class loader. */
    private static final class Shipped {
        static final RulePacks PACKS = read();

        private static RulePacks read() {
            RulePackLoader loader = new RulePackLoader();
            List<RulePackLoader.Loaded> loaded = new ArrayList<>();
            for (String resource : SHIPPED) {
                loaded.add(loader.load(resource));
            }
            return new RulePacks(loaded);
        }
    }

    /** Every pack this product ships. */
    public static RulePacks shipped() {
        return Shipped.PACKS;
    }

    /** A registry of the given packs, oldest first (tests, a pack of one's own). */
    public static RulePacks of(List<RulePackLoader.Loaded> packs) {
        return new RulePacks(packs);
    }

    /**
     * How big a file may be before reading it is refused, and what the columns added for cells past
     * the header are called. A file is read before its revision is known (its header tells), so
     * these are the facts of the template Partner Center issues today.
     */
    public ReadLimits readLimits() {
        RulePack latest = packs.get(packs.size() - 1).pack();
        RulePack.Limits limits = latest.limits();
        return new ReadLimits(limits.rowsPerFile(), limits.columnsPerFile(), latest.extraColumns());
    }

    /** The packs, oldest first. */
    public List<RulePackLoader.Loaded> all() {
        return packs;
    }
}
