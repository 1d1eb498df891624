package org.chapterrelations.legislation.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.platform.test.EventSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each event type legislation-service publishes has a schema whose examples satisfy it. */
class EventSchemaExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = { "legislation.BillTracked.v1", "legislation.BillUpdated.v1",
            "legislation.BillStatusChanged.v1", "legislation.BillPositionSet.v1", "legislation.CampaignLaunched.v1",
            "legislation.CampaignClosed.v1" })
    void theSchemaHasValidExamples(String ceType) {
        assertThat(EventSchemas.examples(ceType)).hasSizeGreaterThanOrEqualTo(2);
    }
}
