package id.sigap.handoff;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeHoursTest {

    private final ZoneId jakarta = ZoneId.of("Asia/Jakarta");
    private final OfficeHours hours = OfficeHours.parse("MON-FRI 08:00-16:00", jakarta);

    @Test
    void isOpenOnlyOnWorkingDaysWithinHours() {
        assertThat(hours.isOpen(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, jakarta))).isTrue();   // Monday
        assertThat(hours.isOpen(ZonedDateTime.of(2026, 11, 23, 16, 0, 0, 0, jakarta))).isFalse();
        assertThat(hours.isOpen(ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, jakarta))).isFalse(); // Saturday
    }

    @Test
    void nextOpeningSkipsTheWeekend() {
        ZonedDateTime fridayEvening = ZonedDateTime.of(2026, 11, 27, 19, 30, 0, 0, jakarta);
        assertThat(hours.nextOpening(fridayEvening)).isEqualTo(ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, jakarta));
        ZonedDateTime earlyTuesday = ZonedDateTime.of(2026, 11, 24, 6, 0, 0, 0, jakarta);
        assertThat(hours.nextOpening(earlyTuesday)).isEqualTo(ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, jakarta));
    }

    @Test
    void describesItselfInIndonesian() {
        assertThat(hours.describe()).isEqualTo("Senin–Jumat 08.00–16.00");
        assertThat(hours.describe(true)).as("in English for an English conversation").isEqualTo("Monday–Friday 08:00–16:00");
    }

    @Test
    void citizensOutsideHoursAreToldWhenToExpectAnAnswer() {
        Handoff h = new Handoff("H1", "telegram", 1, null, java.util.List.of(), id.sigap.conversation.Priority.NORMAL, HandoffState.WAITING,
                null, java.util.List.of(), java.time.Instant.now(), null, null, null, null, null, null, null);
        String text = HandoffTexts.citizenQueued(h, null, hours, ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, jakarta), false);
        assertThat(text).contains("di luar jam layanan", "Senin 08.00 WIB", "112");
        String during = HandoffTexts.citizenQueued(h, 240L, hours, ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, jakarta), false);
        assertThat(during).contains("sekitar 4 menit").doesNotContain("di luar jam");
        String english = HandoffTexts.citizenQueued(h, null, hours, ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, jakarta), true);
        assertThat(english).as("no Indonesian day names in an English reply").contains("Monday–Friday 08:00–16:00")
                .doesNotContain("Senin", "Jumat", "08.00");
    }

    /** Issue 16: an emergency at night was told staff answer "mulai Rabu 08.00 WIB". */
    @Test
    void aCitizenInAnEmergencyIsNeverPromisedAWeekdayOrOfficeHoursButToldToCall112Now() {
        Handoff h = new Handoff("H2", "telegram", 1, null, java.util.List.of(id.sigap.conversation.Reason.EMERGENCY),
                id.sigap.conversation.Priority.EMERGENCY, HandoffState.WAITING, null, java.util.List.of(),
                java.time.Instant.now(), null, null, null, null, null, null, null);
        ZonedDateTime tuesdayNight = ZonedDateTime.of(2026, 11, 24, 22, 0, 0, 0, jakarta);
        ZonedDateTime mondayMorning = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, jakarta);
        for (ZonedDateTime now : java.util.List.of(tuesdayNight, mondayMorning)) {
            for (boolean english : new boolean[] {false, true}) {
                String text = HandoffTexts.citizenQueued(h, 240L, hours, now, english);
                assertThat(text).as(now + (english ? " en" : " id")).contains("112", "#H2")
                        .doesNotContain("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "08.00", "WIB",
                                "mulai", "menit", "jam layanan", "service hours", "office opens", "minute");
            }
        }
        assertThat(HandoffTexts.citizenQueued(h, null, hours, tuesdayNight, false)).contains("darurat", "segera hubungi 112");
        assertThat(HandoffTexts.citizenQueued(h, null, hours, tuesdayNight, true)).contains("emergency", "call 112 now");
    }
}
