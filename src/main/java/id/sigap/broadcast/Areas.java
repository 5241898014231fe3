package id.sigap.broadcast;

import id.sigap.texts.Texts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The operator's list of areas ({@code SIGAP_BROADCAST_AREAS}), plus "all areas". */
@Component
public class Areas {

    private final Map<String, Area> byCode = new LinkedHashMap<>();

    Areas(BroadcastSettings settings) {
        for (String name : settings.areas()) {
            Area area = Area.named(name);
            if (byCode.putIfAbsent(area.code(), area) != null || area.code().equals(Area.ALL.code())) {
                throw new IllegalArgumentException("Wilayah ganda atau terlarang di sigap.broadcast.areas: " + name);
            }
        }
    }

    /** The configured areas, in the operator's order (without "all"). */
    public List<Area> all() {
        return List.copyOf(byCode.values());
    }

    /** The configured areas and, last, "all areas": what a citizen can choose. */
    public List<Area> choices() {
        List<Area> choices = new ArrayList<>(byCode.values());
        choices.add(Area.ALL);
        return List.copyOf(choices);
    }

    /** The name shown for an area code; the code itself when the operator has since removed the area. */
    public String nameOf(String code) {
        return code.equals(Area.ALL.code()) ? Area.ALL.name()
                : byCode.containsKey(code) ? byCode.get(code).name() : code;
    }

    /** An area by code or by name (case-insensitive), or "semua" for all. */
    public Optional<Area> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals(Area.ALL.code()) || wanted.equals("all") || wanted.equals(Area.ALL.name().toLowerCase(Locale.ROOT))) {
            return Optional.of(Area.ALL);
        }
        Area exact = byCode.get(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        return byCode.values().stream()
                .filter(a -> a.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || a.code().equals(wanted.replaceAll("[^a-z0-9]+", "-")))
                .findFirst();
    }

    /** Parses a comma-separated list of codes or names; "semua" alone (or nothing) means all areas. */
    public List<Area> parse(String list) {
        List<Area> areas = new ArrayList<>();
        for (String part : (list == null ? "" : list).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Area area = find(part).orElseThrow(() -> new IllegalArgumentException(
                    Texts.officer("broadcast.unknown-area-code").formatted(part.strip(), String.join(", ", codes()))));
            if (area.equals(Area.ALL)) {
                return List.of(Area.ALL);
            }
            if (!areas.contains(area)) {
                areas.add(area);
            }
        }
        return areas.isEmpty() ? List.of(Area.ALL) : List.copyOf(areas);
    }

    List<String> codes() {
        return choices().stream().map(Area::code).toList();
    }
}
