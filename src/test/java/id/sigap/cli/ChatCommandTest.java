package id.sigap.cli;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which conversation a {@code chat} run talks in. */
class ChatCommandTest {

    private final Path data = TestDirs.fresh("chat-ids");

    private ChatCommand chat() {
        return new ChatCommand(new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), Map.of()));
    }

    @Test
    void eachRunIsANewConversation() {
        long first = chat().conversation(data);
        long second = chat().conversation(data);

        assertThat(first).isPositive().isNotEqualTo(second);
    }

    @Test
    void continueGoesOnWithTheLastConversationAndChatIdWithTheOneNamed() {
        long last = chat().conversation(data);
        ChatCommand again = chat();
        again.continueLast = true;
        ChatCommand named = chat();
        named.chatId = 77L;

        assertThat(again.conversation(data)).isEqualTo(last);
        assertThat(named.conversation(data)).isEqualTo(77L);
    }

    @Test
    void continueWithoutAnEarlierConversationIsBadInput() {
        ChatCommand again = chat();
        again.continueLast = true;

        assertThatThrownBy(() -> again.conversation(data)).isInstanceOf(CommandLineVerbs.BadInput.class)
                .hasMessageContaining("no earlier conversation");
    }
}
