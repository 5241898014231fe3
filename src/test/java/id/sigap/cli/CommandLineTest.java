package id.sigap.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract (CONTRACT.md), in process: usage, exit statuses, one-line reasons. */
class CommandLineTest {

    @Test
    void anUnknownVerbPrintsTheNearestVerbAndTheUsageAndExitsTwo() {
        TerminalBuffers terminal = new TerminalBuffers();

        assertThat(terminal.run("chta")).isEqualTo(2);
        assertThat(terminal.errLines().getFirst()).isEqualTo("sigap: unknown verb 'chta'; did you mean chat?");
        assertThat(terminal.err()).contains("Usage:", "Verbs", "kb", "report", "classify", "eval");
        assertThat(terminal.out()).isEmpty();
    }

    @Test
    void swappedLettersAndAMissingLetterStillFindTheVerb() {
        for (String[] typo : new String[][]{{"caht", "chat"}, {"reprot", "report"}, {"clasify", "classify"}, {"evl", "eval"}}) {
            TerminalBuffers terminal = new TerminalBuffers();

            assertThat(terminal.run(typo[0])).isEqualTo(2);
            assertThat(terminal.errLines().getFirst()).as(typo[0]).contains("did you mean " + typo[1]);
        }
    }

    @Test
    void aWordThatIsNoVerbAtAllStillGetsTheUsageAndStatusTwo() {
        TerminalBuffers terminal = new TerminalBuffers();

        assertThat(terminal.run("mulai", "sekarang")).isEqualTo(2);
        assertThat(terminal.errLines().getFirst()).startsWith("sigap: unknown verb 'mulai'");
        assertThat(terminal.err()).contains("Usage:");
    }

    @Test
    void helpPrintsTheUsageWithEveryVerbOnStdoutAndExitsZero() {
        for (String help : new String[]{"--help", "-h", "help"}) {
            TerminalBuffers terminal = new TerminalBuffers();

            assertThat(terminal.run(help)).as(help).isZero();
            assertThat(terminal.out()).as(help).contains("Usage:", "start the service");
            for (String verb : new String[]{"chat", "kb", "classify", "eval", "report"}) {
                assertThat(terminal.out()).as(help).containsPattern("(?m)^ +" + verb + " ");
            }
            assertThat(terminal.err()).isEmpty();
        }
    }

    @Test
    void eachVerbHasItsOwnHelp() {
        TerminalBuffers terminal = new TerminalBuffers();

        assertThat(terminal.run("chat", "--help")).isZero();
        assertThat(terminal.out()).contains("--chat-id", "--continue", "new conversation");
        TerminalBuffers viaHelp = new TerminalBuffers();
        assertThat(viaHelp.run("help", "report")).isZero();
        assertThat(viaHelp.out()).contains("--from", "--out");
    }

    @Test
    void kbWithoutWhatToDoIsBadInputInOneLine() {
        TerminalBuffers terminal = new TerminalBuffers();

        assertThat(terminal.run("kb")).isEqualTo(2);
        assertThat(terminal.errLines()).singleElement().asString().contains("Missing required subcommand");
    }

    @Test
    void kbCheckRunsThroughTheCommandLineAndUsesTheKnowledgeBaseOfTheEnvironment() {
        TerminalBuffers terminal = new TerminalBuffers("", java.util.Map.of("SIGAP_KB_DIR", "src/test/resources/kb/broken"));

        assertThat(terminal.run("kb", "check")).isEqualTo(2);
        assertThat(terminal.out()).contains("src/test/resources/kb/broken/a-missing-id.md:1: missing id");
    }

    @Test
    void chatRefusesContradictoryConversationOptionsBeforeStartingAnything() {
        TerminalBuffers terminal = new TerminalBuffers();

        assertThat(terminal.run("chat", "--chat-id", "5", "--continue")).isEqualTo(2);
        assertThat(terminal.errLines()).containsExactly("sigap: chat: give --chat-id or --continue, not both");
        TerminalBuffers notANumber = new TerminalBuffers();
        assertThat(notANumber.run("chat", "--chat-id", "lima")).isEqualTo(2);
        assertThat(notANumber.errLines()).singleElement().asString().startsWith("sigap chat: Invalid value");
    }

    @Test
    void classifyTakesNoArgumentsButStdin() {
        TerminalBuffers terminal = new TerminalBuffers("makasih min\n", java.util.Map.of());

        assertThat(terminal.run("classify", "extra")).isEqualTo(2);
        assertThat(terminal.errLines()).singleElement().asString().contains("Unmatched argument");
        TerminalBuffers ok = new TerminalBuffers("makasih min\n", java.util.Map.of());
        assertThat(ok.run("classify")).isZero();
        assertThat(ok.outLines()).singleElement().asString().startsWith("{\"text\": \"makasih min\"");
    }

    @Test
    void evalPassesItsTuningOptionsThroughAndReportsMissingInputInOneLine() {
        TerminalBuffers terminal = new TerminalBuffers();

        assertThat(terminal.run("eval", "--kb", "src/test/resources/kb/good", "--min-confidence", "0.3")).isEqualTo(2);
        assertThat(terminal.errLines()).singleElement().asString().contains("eval needs --golden");
    }

    @Test
    void onlyAVerbOrAHelpOptionMakesACommandLineRunOtherArgumentsStartTheService() {
        assertThat(CommandLineVerbs.isCommandLine(new String[]{})).isFalse();
        assertThat(CommandLineVerbs.isCommandLine(new String[]{"--server.port=9090"})).isFalse();
        assertThat(CommandLineVerbs.isCommandLine(new String[]{"--sigap.kb-dir=/kb", "chat"})).isFalse();
        assertThat(CommandLineVerbs.isCommandLine(new String[]{"chat"})).isTrue();
        assertThat(CommandLineVerbs.isCommandLine(new String[]{"chta"})).isTrue();
        assertThat(CommandLineVerbs.isCommandLine(new String[]{"--help"})).isTrue();
        assertThat(CommandLineVerbs.isCommandLine(new String[]{"-h"})).isTrue();
    }

    @Test
    void theVerbsAreFoundInTheirPackageSoThatAddingOneIsOneClass() {
        assertThat(CommandLineVerbs.verbClasses()).extracting(Class::getSimpleName)
                .contains("ChatCommand", "KbCommand", "ClassifyCommand", "EvalCommand", "ReportCommand")
                .doesNotContain("SigapCommand");
    }
}
