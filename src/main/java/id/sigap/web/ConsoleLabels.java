package id.sigap.web;

import id.sigap.texts.Texts;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Plain-Indonesian names of the console's states and priorities, for templates: {@code ${@labels.of(h.priority())}}.
 * The names are in texts/petugas.yaml as {@code label.<type>.<value>}, e.g. {@code label.priority.emergency}.
 */
@Component("labels")
public class ConsoleLabels {

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return Texts.officer("label." + type + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** An entry's status as written in its front matter ({@code approved}, {@code draft}, {@code archived}). */
    public String status(Object status) {
        return status == null ? "" : Texts.officer("label.entry-status." + status.toString().toLowerCase(Locale.ROOT));
    }
}
