package id.sigap.texts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KilometresTest {

    @Test
    void kmBesideANumberIsSpelledOutAndKmAloneIsLeft() {
        assertThat(Kilometres.spelledOut("jalan raya km 12 berlubang")).contains("kilometer").doesNotContain(" km ");
        assertThat(Kilometres.spelledOut("jalan kaki 3 km bawa belanjaan")).contains("kilometer");
        assertThat(Kilometres.spelledOut("macet 5km")).contains("kilometer");
        assertThat(Kilometres.spelledOut("km udh makan blm")).isEqualTo("km udh makan blm");
        assertThat(Kilometres.spelledOut("pkm 3 buka")).isEqualTo("pkm 3 buka");
    }
}
