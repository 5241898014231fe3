package id.sigap.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A Redis pub/sub subscription to one channel, listening between {@link #start()} and {@link #stop()} (or
 * {@link #close()}); each message's body reaches the listener as UTF-8 text. Declared as a bean it is a lifecycle
 * bean of its own (a bean that owns one delegates its start and stop here), so it unsubscribes in the context's
 * lifecycle stop, while Redis is still open (closing it afterwards made Lettuce log "Connection is already closed"
 * at every stop). Closing at shutdown is quiet: the Redis client may already be gone, and then there is nothing
 * left to unsubscribe from.
 */
public final class RedisSubscription implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisSubscription.class);

    private final String channel;
    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

    public RedisSubscription(RedisConnectionFactory connections, String channel, Consumer<String> listener) {
        this.channel = channel;
        container.setConnectionFactory(connections);
        container.addMessageListener((message, pattern) -> listener.accept(new String(message.getBody(), StandardCharsets.UTF_8)),
                new ChannelTopic(channel));
        container.afterPropertiesSet();
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void stop() {
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    @Override
    public void close() {
        try {
            container.stop();
            container.destroy();
        } catch (Exception e) {
            log.debug("Subscription to {} closed with {}", channel, e.toString());
        }
    }
}
