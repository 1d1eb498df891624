package org.chapterrelations.localstack.sample;

import java.time.LocalDate;

/** What every part loads with: the demo staff user's API and today's date (UTC, as the services count it). */
record SampleContext(SampleApi staff, LocalDate today) {
}
