package org.chapterrelations.legislation.bill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BillIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "HB 1234", "hb1234", "HB1234", "H.B. 1234", "HB 01234", " h b-1234 " })
    void everyWayOfWritingAnIdentifierFindsTheSameBill(String written) {
        assertThat(BillIds.normaliseIdentifier(written)).isEqualTo("HB1234");
    }

    @Test
    void theIdJoinsJurisdictionSessionAndIdentifier() {
        assertThat(BillIds.of("ca", "2025-2026", "AB 1234")).isEqualTo("ca-20252026-ab1234");
        assertThat(BillIds.of("us", "119", "H.R. 2")).isEqualTo("us-119-hr2");
    }
}
