package id.sigap.monitoring;

import id.sigap.broadcast.Area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which configured area a text is about, from the area names ({@code SIGAP_BROADCAST_AREAS}):
 * the full name ("Kota Sangkara") or the place name without "Kota"/"Kabupaten" ("Sangkara"), as whole
 * words. The first area named wins; a text naming none has no area.
 */
final class AreaGazetteer {

    private final Map<String, String> nameToCode = new LinkedHashMap<>();

    AreaGazetteer(List<Area> areas) {
        List<Area> longestFirst = new ArrayList<>(areas);
        for (Area area : longestFirst) {
            String name = TextFingerprint.normalised(area.name());
            nameToCode.put(name, area.code());
            String place = name.replaceFirst("^(kota|kabupaten|kab)\\s+", "");
            if (!place.equals(name) && place.length() >= 4) {
                nameToCode.putIfAbsent(place, area.code());
            }
        }
    }

    /** The code of the area the text (its normalised form) names first, or null. */
    String areaOf(TextFingerprint.Normalised text) {
        String padded = " " + text.form() + " ";
        int best = Integer.MAX_VALUE;
        String code = null;
        for (var entry : nameToCode.entrySet()) {
            int at = padded.indexOf(" " + entry.getKey().toLowerCase(Locale.ROOT) + " ");
            if (at >= 0 && at < best) {
                best = at;
                code = entry.getValue();
            }
        }
        return code;
    }
}
