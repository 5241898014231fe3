package id.sigap.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Webhook mode: Telegram posts each update here with the secret token in a header. The update is
 * answered 200 only once recorded; on a Redis failure the answer is 503 and Telegram delivers it again.
 */
@RestController
@ConditionalOnExpression("'${sigap.telegram.token:}' != '' and '${sigap.telegram.mode:polling}' == 'webhook'")
class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final UpdateIngest ingest;
    private final byte[] secret;

    TelegramWebhookController(UpdateIngest ingest, TelegramSettings settings) {
        this.ingest = ingest;
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/telegram/webhook")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String token,
                                 @RequestBody(required = false) String body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Update update;
        try {
            update = body == null ? null : BotUtils.parseUpdate(body);
        } catch (RuntimeException e) {
            update = null;
        }
        if (update == null || update.updateId() == null) {
            return ResponseEntity.badRequest().build();
        }
        try {
            ingest.ingest(update);
            return ResponseEntity.ok().build();
        } catch (RuntimeException e) {
            log.warn("Update {} not recorded ({}); Telegram will deliver it again", update.updateId(), e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
    }
}
