package org.copact.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A round's zone named as people know it, never as Java writes the zero offset ("Z"). */
class RoundTimesTests {

    @Test
    void shouldNameAZoneByTheIdPeopleKnow() {
        assertThat(RoundTimes.zoneId(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(RoundTimes.zoneId(ZoneId.of("UTC"))).isEqualTo("UTC");
        assertThat(RoundTimes.zoneId(ZoneId.of("Europe/Rome"))).isEqualTo("Europe/Rome");
        assertThat(RoundTimes.zoneId(ZoneOffset.ofHours(2))).isEqualTo("UTC+02:00");
    }
}
