package id.sigap.broadcast;

import id.sigap.texts.Texts;
import java.text.Normalizer;
import java.util.Locale;

/**
 * An area citizens subscribe to (a kabupaten or kota).
 *
 * @param code short stable id used in Redis keys and button data, e.g. {@code kota-sangkara}
 * @param name as shown, e.g. {@code Kota Sangkara}
 */
public record Area(String code, String name) {

    /** Subscribers of every area get every update. */
    public static final Area ALL = new Area("semua", Texts.citizen("broadcast.all-areas"));

    static Area named(String name) {
        String code = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (code.isEmpty() || code.length() > 40) {
            throw new IllegalArgumentException("Nama wilayah tidak dapat dipakai: " + name);
        }
        return new Area(code, name.strip());
    }
}
