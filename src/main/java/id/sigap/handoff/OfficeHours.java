package id.sigap.handoff;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Staff working hours, such as {@code MON-FRI 08:00-16:00}, in the office's time zone. */
record OfficeHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    public static OfficeHours parse(String spec, ZoneId zone) {
        String[] parts = spec.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("office hours must look like MON-FRI 08:00-16:00, not " + spec);
        }
        String[] dayRange = parts[0].split("-");
        DayOfWeek from = day(dayRange[0]);
        DayOfWeek to = dayRange.length > 1 ? day(dayRange[1]) : from;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d = from; ; d = d.plus(1)) {
            days.add(d);
            if (d == to) {
                break;
            }
        }
        String[] times = parts[1].split("-");
        return new OfficeHours(days, LocalTime.parse(times[0]), LocalTime.parse(times[1]), zone);
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown day " + abbreviation);
    }

    public boolean isOpen(ZonedDateTime at) {
        ZonedDateTime local = at.withZoneSameInstant(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The next moment staff are on duty, at or after {@code at}. */
    public ZonedDateTime nextOpening(ZonedDateTime at) {
        ZonedDateTime local = at.withZoneSameInstant(zone);
        if (isOpen(local)) {
            return local;
        }
        ZonedDateTime candidate = local.toLocalTime().isBefore(opens) ? local.with(opens) : local.plusDays(1).with(opens);
        while (!days.contains(candidate.getDayOfWeek())) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** How the office tells citizens its hours, e.g. "Senin–Jumat 08.00–16.00". */
    public String describe() {
        return describe(false);
    }

    /** The hours in the citizen's language: "Senin–Jumat 08.00–16.00", or "Monday–Friday 08:00–16:00". */
    public String describe(boolean english) {
        DayOfWeek first = days.stream().min(DayOfWeek::compareTo).orElseThrow();
        DayOfWeek last = days.stream().max(DayOfWeek::compareTo).orElseThrow();
        return dayName(first, english) + (first == last ? "" : "–" + dayName(last, english)) + " "
                + clock(opens, english) + "–" + clock(closes, english);
    }

    static String dayName(DayOfWeek day) {
        return dayName(day, false);
    }

    static String dayName(DayOfWeek day, boolean english) {
        String name = day.getDisplayName(TextStyle.FULL, english ? Locale.ENGLISH : INDONESIAN);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String clock(LocalTime time) {
        return clock(time, false);
    }

    /** Indonesian writes the time with a dot (08.00), English with a colon (08:00). */
    static String clock(LocalTime time, boolean english) {
        return (english ? "%02d:%02d" : "%02d.%02d").formatted(time.getHour(), time.getMinute());
    }
}
