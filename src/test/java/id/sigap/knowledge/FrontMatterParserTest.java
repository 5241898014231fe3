package id.sigap.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterParserTest {

    @Test
    void readsScalarsInlineListsBlockListsQuotesAndComments() {
        FrontMatter fm = FrontMatterParser.parse("""
                ---
                # leading comment
                id: posko-utara   # trailing comment
                title: "Posko: utara #1"
                tags: [banjir, 'posko', ]
                questions:
                  - di mana posko?
                  - posko buka jam berapa # comment
                source: https://contoh.go.id/a#anchor
                ---
                Body line one.

                Body line two.
                """);

        assertThat(fm.problems()).isEmpty();
        assertThat(fm.fields().get("id").scalar()).isEqualTo("posko-utara");
        assertThat(fm.fields().get("id").line()).isEqualTo(3);
        assertThat(fm.fields().get("title").scalar()).isEqualTo("Posko: utara #1");
        assertThat(fm.fields().get("tags").list()).containsExactly("banjir", "posko");
        assertThat(fm.fields().get("questions").list()).containsExactly("di mana posko?", "posko buka jam berapa");
        assertThat(fm.fields().get("source").scalar()).isEqualTo("https://contoh.go.id/a#anchor");
        assertThat(fm.body()).isEqualTo("Body line one.\n\nBody line two.");
        assertThat(fm.bodyLine()).isEqualTo(11);
    }

    @Test
    void reportsUnterminatedFrontMatterAtItsOpeningLine() {
        FrontMatter fm = FrontMatterParser.parse("---\nid: a\ntitle: b\n\nbody without a closing fence\n");

        assertThat(fm.problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.message()).startsWith("unterminated front matter");
                });
    }

    @Test
    void reportsMissingFrontMatterAndDuplicateKeysWithTheirLines() {
        assertThat(FrontMatterParser.parse("just text\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("missing front matter"));

        FrontMatter fm = FrontMatterParser.parse("---\nid: a\nid: b\n---\nbody\n");
        assertThat(fm.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("duplicate key 'id'", "line 2");
        });
    }

    @Test
    void reportsYamlSyntaxErrorsAtTheirLine() {
        assertThat(FrontMatterParser.parse("---\nid: a\nthis is not yaml\n  - stray item\n---\nbody\n").problems())
                .singleElement().satisfies(p -> assertThat(p.line()).isBetween(3, 4));
        assertThat(FrontMatterParser.parse("---\nid: a\ntitle: \"unterminated\ntags: [a]\n---\nbody\n").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
        assertThat(FrontMatterParser.parse("---\nid: a\nquestions:\n\t- tabbed\n---\nbody\n").problems())
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
        assertThat(FrontMatterParser.parse("---\nid: a\nsource:\n  url: x\n---\nbody\n").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("nested mapping"));
    }
}
