package org.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Regularizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PenaltyScheduleTest {
    private static Regularizer every(int interval) {
        return new Regularizer() {
            @Override
            public int penaltyInterval() {
                return interval;
            }
        };
    }

    @Test
    @DisplayName("without lazy regularizers there is one variant, used by every update, and no name suffix")
    void eager() {
        PenaltySchedule schedule = new PenaltySchedule(List.of(every(1), every(1)));
        assertThat(schedule.lazy()).isFalse();
        assertThat(schedule.variants()).isEqualTo(1);
        assertThat(schedule.variantOf(0)).isZero();
        assertThat(schedule.variantOf(7)).isZero();
        assertThat(schedule.suffix(0)).isEmpty();
    }

    @Test
    @DisplayName("intervals 1, 2 and 3: bit 0 is due on even updates, bit 1 on multiples of 3; update 6 adds both")
    void twoLazy() {
        PenaltySchedule schedule = new PenaltySchedule(List.of(every(1), every(2), every(3)));
        assertThat(schedule.variants()).isEqualTo(4);
        assertThat(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L).stream().map(schedule::variantOf))
                .containsExactly(0b11, 0b00, 0b01, 0b10, 0b01, 0b00, 0b11);
        assertThat(schedule.suffix(0b01)).isEqualTo("-lazy10");
        assertThat(schedule.suffix(0b10)).isEqualTo("-lazy01");
    }

    @Test
    @DisplayName("more than three lazy regularizers are refused with the remedy")
    void atMostThreeLazy() {
        assertThatThrownBy(() -> new PenaltySchedule(List.of(every(2), every(2), every(4), every(16))))
                .isInstanceOf(GanException.class)
                .hasMessage("4 regularizers add their penalties lazily (penalty interval > 1); at most 3 may, since each "
                        + "one doubles the compiled discriminator updates; give the others interval 1");
    }
}
