package id.sigap.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Wakes this instance's taker when any instance puts a chat in the shared ready queue (Redis pub/sub), so that
 * every instance, not only the one that received the update, may take it at once. A missed message costs at
 * most the taker's own half-second wait.
 */
class ReadyChatsListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadyChatsListener.class);

    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

    ReadyChatsListener(RedisConnectionFactory connections, ChatDispatcher dispatcher) {
        container.setConnectionFactory(connections);
        container.addMessageListener((message, pattern) -> dispatcher.wake(), new ChannelTopic(ChatQueue.READY_CHANNEL));
        container.afterPropertiesSet();
        container.start();
    }

    @Override
    public void close() {
        try {
            container.stop();
            container.destroy();
        } catch (Exception e) {
            // At shutdown the Redis client may already be gone; nothing is left to unsubscribe from.
            log.debug("Ready-chats listener closed with {}", e.toString());
        }
    }
}
