package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Option maxChecksPerMinute: its default by API version, 0 for no budget, and one budget per component. */
class CheckBudgetOptionTest {

    @Test
    void theDefaultBudgetIsV1sLimitWithV1AndNoneWithV0AndOnePerComponent() {
        LalalConfiguration v0 = new LalalConfiguration();
        LalalConfiguration v1 = new LalalConfiguration();
        v1.setApiVersion(LalalApiVersion.v1);
        LalalComponent byDefault = new LalalComponent();
        assertThat(byDefault.checkBudget(v0)).isNull();
        assertThat(byDefault.checkBudget(v1).perMinute()).isEqualTo(30);
        assertThat(byDefault.checkBudget(v1)).isSameAs(byDefault.checkBudget(v1));

        LalalComponent unlimited = new LalalComponent();
        unlimited.setMaxChecksPerMinute(0);
        assertThat(unlimited.checkBudget(v1)).isNull();
        LalalComponent set = new LalalComponent();
        set.setMaxChecksPerMinute(12);
        assertThat(set.checkBudget(v0).perMinute()).isEqualTo(12);
    }
}
