package com.cosellstudio.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitPlanTest {

    @Test
    void twentyFiveHundredDealsMakeThreeParts() {
        SplitPlan plan = SplitPlan.of(TestDeals.export(2500), 1000, "deals");

        assertEquals(3, plan.size());
        assertEquals(List.of(1000, 1000, 500), plan.parts().stream().map(p -> p.rowNumbers().size()).toList());
        assertEquals(List.of("deals-part-1-of-3.csv", "deals-part-2-of-3.csv", "deals-part-3-of-3.csv"),
                plan.parts().stream().map(SplitPlan.Part::fileName).toList());
        assertEquals(1001, plan.parts().get(1).rowNumbers().get(0));
        assertEquals(2500, plan.parts().get(2).rowNumbers().get(499));
    }

    @Test
    void blankRowsAreNotCountedNorPlaced() {
        BulkFile file = TestDeals.export(5);
        file.rows().add(2, Row.empty(TestDeals.HEADER.size()));
        SplitPlan plan = SplitPlan.of(file, 2, "x");

        List<Integer> all = new ArrayList<>();
        plan.parts().forEach(p -> all.addAll(p.rowNumbers()));
        assertEquals(List.of(1, 2, 4, 5, 6), all);
        assertEquals(List.of(2, 2, 1), plan.parts().stream().map(p -> p.rowNumbers().size()).toList());
    }

    @Test
    void anExactMultipleLeavesNoEmptyPart() {
        assertEquals(2, SplitPlan.of(TestDeals.export(4), 2, "x").size());
        assertEquals(0, SplitPlan.of(TestDeals.export(0), 2, "x").size());
    }

    @Test
    void theBaseNameIsTheFileNameWithoutExtension() {
        assertEquals("deals", SplitPlan.baseNameOf("deals.csv"));
        assertEquals("q3.export", SplitPlan.baseNameOf("q3.export.xlsx"));
        assertEquals(".hidden", SplitPlan.baseNameOf(".hidden"));
    }

    @Test
    void aSizeBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SplitPlan.of(TestDeals.export(1), 0, "x"));
    }
}
