package id.sigap.telegram;

import id.sigap.texts.Texts;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetMeResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts and stops the Telegram channel: announces the commands, then long-polls or registers the
 * webhook; sweeps the recorded queues so that work left by a crash, a failure or another instance
 * is picked up.
 */
class TelegramChannel implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);

    private final TelegramBot bot;
    private final TelegramSettings settings;
    private final TelegramPoller poller;
    private final ChatDispatcher dispatcher;
    private volatile boolean running;

    TelegramChannel(TelegramBot bot, TelegramSettings settings, TelegramPoller poller, ChatDispatcher dispatcher) {
        this.bot = bot;
        this.settings = settings;
        this.poller = poller;
        this.dispatcher = dispatcher;
    }

    @Override
    public void start() {
        try {
            GetMeResponse me = bot.execute(new GetMe());
            if (me.isOk()) {
                log.info("Telegram bot @{} connected to {}", me.user().username(), settings.apiUrl());
            } else {
                log.warn("getMe failed: {} {}", me.errorCode(), me.description());
            }
            call(new SetMyCommands(
                    command("start"), command("petugas"), command("langganan"), command("berhenti"),
                    command("help"), command("privasi"), command("hapus")), "setMyCommands");
            if (settings.webhook()) {
                call(new SetWebhook().url(settings.webhookUrl()).secretToken(settings.webhookSecret())
                        .allowedUpdates(TelegramPoller.ALLOWED), "setWebhook");
            } else {
                call(new DeleteWebhook(), "deleteWebhook");
            }
        } catch (RuntimeException e) {
            // Telegram unreachable at start: keep going, polling retries on its own.
            log.warn("Telegram set-up calls failed: {}", e.toString());
        }
        if (!settings.webhook()) {
            poller.start();
        }
        running = true;
        dispatcher.start();
        dispatcher.sweep();
    }

    @Scheduled(fixedDelayString = "${sigap.telegram.sweep-ms:1000}", initialDelay = 1000)
    void sweep() {
        if (!running) {
            return;
        }
        try {
            dispatcher.sweep();
        } catch (RuntimeException e) {
            log.warn("Sweep skipped: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        poller.stop();
        // Let workers finish the step they are in (a send and its acknowledgement), so that a message is
        // not sent again by another instance after a clean shutdown.
        dispatcher.stop(java.time.Duration.ofSeconds(10));
        bot.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void call(com.pengrad.telegrambot.request.BaseRequest<?, ? extends BaseResponse> request, String name) {
        BaseResponse response = bot.execute(request);
        if (!response.isOk()) {
            log.warn("{} failed: {} {}", name, response.errorCode(), response.description());
        }
    }

    /** A command of the menu Telegram shows, described in texts/warga.yaml ({@code command.<name>}). */
    private static BotCommand command(String name) {
        return new BotCommand(name, Texts.citizen("command." + name));
    }
}
