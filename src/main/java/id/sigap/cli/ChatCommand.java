package id.sigap.cli;

import id.sigap.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code chat [--chat-id N | --continue] [--data DIR] [--kb DIR]}: each run is a new conversation unless
 * asked to go on with one. Beside a running Sigap on the same data directory it uses that Sigap's Redis as a
 * client; it never starts a second redis-server there.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Talk to the bot in the terminal: one line a message, through the same pipeline as "
                + "Telegram; ends at the end of input (Ctrl-D).",
                "Each run is a new conversation unless --chat-id or --continue is given."})
final class ChatCommand implements Callable<Integer> {

    static final String LAST_CHAT_FILE = "console-last-chat";
    /** Console conversation numbers stay below 2^53 so that they survive JSON and spreadsheets intact. */
    private static final long MAX_CHAT_ID = 1L << 53;

    @Option(names = "--chat-id", paramLabel = "N", description = "go on with conversation N")
    Long chatId;

    @Option(names = "--continue", description = "go on with the last conversation of this data directory")
    boolean continueLast;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: SIGAP_DATA_DIR or ./data)")
    Path data;

    @Option(names = "--kb", paramLabel = "DIR", description = "knowledge base (default: SIGAP_KB_DIR or ./knowledge-base)")
    Path kb;

    private final Terminal terminal;

    ChatCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (chatId != null && continueLast) {
            throw new CommandLineVerbs.BadInput("chat: give --chat-id or --continue, not both");
        }
        if (chatId != null && (chatId <= 0 || chatId >= MAX_CHAT_ID)) {
            throw new CommandLineVerbs.BadInput("chat: --chat-id must be a positive number below " + MAX_CHAT_ID);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (data != null) {
            properties.put("sigap.data-dir", data.toString());
        }
        if (kb != null) {
            properties.put("sigap.kb-dir", kb.toString());
        }
        return VerbContext.run(properties, context -> {
            Path dataDir = context.getBean(StoreSettings.class).dataDir();
            long chat = conversation(dataDir);
            return context.getBean(ChatVerb.class).run(terminal.in(), terminal.out(), chat);
        });
    }

    /** The conversation to use, remembered in the data directory for the next {@code --continue}. */
    long conversation(Path dataDir) {
        Path last = dataDir.resolve(LAST_CHAT_FILE);
        long chat;
        if (chatId != null) {
            chat = chatId;
        } else if (continueLast) {
            chat = read(last).orElseThrow(() -> new CommandLineVerbs.BadInput(
                    "chat: no earlier conversation in " + dataDir + " to continue"));
        } else {
            chat = 1 + new SecureRandom().nextLong(MAX_CHAT_ID - 1);
        }
        terminal.err().println((chatId == null && !continueLast ? ChatTexts.NEW_CONVERSATION : ChatTexts.CONTINUED)
                .formatted(chat));
        write(last, chat);
        return chat;
    }

    private static Optional<Long> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, long chat) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, chat + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remember the conversation in " + file, e);
        }
    }
}
