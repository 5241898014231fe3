package id.sigap.monitoring;

/** Advice sentences of the daily brief (Indonesian); the page's own labels live in its template. */
final class BriefTexts {

    static final String ADVICE_CLARIFY = "Periksa entri terdekat; bila masih berlaku, terbitkan klarifikasi atau pemberitahuan krisis yang merujuknya.";
    static final String ADVICE_NEW_ENTRY = "Belum ada entri yang cocok: siapkan entri baru atau pernyataan resmi untuk isu ini.";
    static final String ADVICE_COORDINATED = "Ada tanda unggahan terkoordinasi: tanggapi dengan fakta dari entri terdekat, jangan menanggapi akun satu per satu.";

    private BriefTexts() {
    }
}
